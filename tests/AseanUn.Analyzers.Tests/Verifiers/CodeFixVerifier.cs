using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>Runs a code fix over consumer code that references AseanUn: the fix itself, then Fix All.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A code fix test whose compilation references .NET 8, AseanUn and NodaTime.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.Add(TestReferences.AseanUn);
            TestState.AdditionalReferences.Add(TestReferences.NodaTime);
        }
    }
}
