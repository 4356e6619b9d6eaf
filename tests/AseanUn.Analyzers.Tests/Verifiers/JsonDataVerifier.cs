using System.Threading.Tasks;
using AseanUn.Analyzers.JsonData;
using Microsoft.CodeAnalysis.Testing;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>Runs the data-file analyzer over a consumer project whose additional files are the given data files.</summary>
public static class JsonDataVerifier
{
    /// <summary>The C# of every test project: the rules look only at the additional files.</summary>
    private const string Program = "class Program { }";

    /// <summary>Returns the diagnostic <paramref name="id"/> expected in <paramref name="path"/> from line and column to line and column (one-based).</summary>
    public static DiagnosticResult At(string id, string path, int line, int column, int endLine, int endColumn) =>
        new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan(path, line, column, endLine, endColumn);

    public static Task VerifyAsync((string Path, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<JsonDataAnalyzer>.Test { TestCode = Program };
        foreach (var (path, json) in files)
        {
            test.TestState.AdditionalFiles.Add((path, json));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyAsync(string path, string json, params DiagnosticResult[] expected) => VerifyAsync([(path, json)], expected);
}
