using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>Runs a contributor analyzer over a dataset fragment compiled as part of a library that defines the authoring attributes.</summary>
public static class DatasetVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string fragment, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = DatasetHarness.Usings + fragment };
        foreach (var (name, text) in DatasetHarness.Sources())
        {
            test.TestState.Sources.Add((name, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
