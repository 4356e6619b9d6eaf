using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Analyzers.JsonData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace AseanUn.Analyzers.Tests.JsonData;

/// <summary>
/// What the data-file analyzer costs a project without data files (nothing registered), and that no text at all makes
/// it throw: every cut of a sound file is one syntax error at the cut, never an exception, and deep nesting is refused.
/// </summary>
public sealed class JsonDataCostTests
{
    [Fact]
    public async Task A_project_without_data_files_registers_no_callback()
    {
        var telemetry = await TelemetryAsync([new Text("data/notes.json", DataFiles.Valid), new Text("stylecop.json", "{}")]);

        Assert.Equal(0, telemetry.AdditionalFileActionsCount + telemetry.CompilationEndActionsCount + telemetry.CompilationActionsCount
            + telemetry.SyntaxTreeActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount);
    }

    [Fact]
    public async Task A_project_with_a_data_file_registers_one_additional_file_callback()
    {
        var telemetry = await TelemetryAsync([new Text(DataFiles.Path, DataFiles.Valid)]);

        Assert.Equal(1, telemetry.AdditionalFileActionsCount);
        Assert.Equal(0, telemetry.SyntaxTreeActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount);
    }

    [Fact]
    public void Every_cut_of_a_sound_file_is_one_syntax_error_at_the_cut()
    {
        var end = DataFiles.Valid.TrimEnd().Length;
        for (var length = 0; length < end; length++)
        {
            var cut = DataFiles.Valid.Substring(0, length);
            var diagnostics = Check(cut);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("AUN0201", diagnostic.Id);
            Assert.InRange(diagnostic.Location.SourceSpan.Start, 0, length);
        }

        Assert.Empty(Check(DataFiles.Valid));
    }

    [Fact]
    public void Any_character_put_anywhere_in_a_sound_file_is_malformed_exactly_when_System_Text_Json_says_so()
    {
        // Each structural character, a quote, an escape, a digit, a letter, a control and a non-ASCII letter, at every place;
        // System.Text.Json, with the importer's defaults (no comments, no trailing commas, depth 64), is the oracle.
        char[] replacements = ['{', '}', '[', ']', ',', ':', '"', '\\', '-', '0', 'x', ' ', '\u0000', 'é'];
        var malformed = 0;
        for (var at = 0; at < DataFiles.Valid.Length; at++)
        {
            foreach (var c in replacements)
            {
                var json = DataFiles.Valid.Substring(0, at) + c + DataFiles.Valid.Substring(at + 1);
                var diagnostics = Check(json);

                var syntaxErrors = diagnostics.Count(d => d.Id == "AUN0201");
                Assert.True(
                    (IsJson(json) ? 0 : 1) == syntaxErrors && (syntaxErrors == 0 || diagnostics.Count == 1),
                    $"Putting {(int)c:x4} at {at} gave {string.Join(", ", diagnostics)}.");
                malformed += syntaxErrors;
            }
        }

        Assert.InRange(malformed, DataFiles.Valid.Length, DataFiles.Valid.Length * replacements.Length);
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_importer_reads_is_one_syntax_error_not_a_deep_recursion()
    {
        var diagnostic = Assert.Single(Check(new string('[', 100_000)));

        Assert.Equal("AUN0201", diagnostic.Id);
        Assert.Equal(JsonTextReader.MaxDepth, diagnostic.Location.SourceSpan.Start);
        Assert.Equal("The JSON is nested more than 64 levels deep.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<Diagnostic> Check(string json)
    {
        var files = ImmutableArray.Create<AdditionalText>(new Text(DataFiles.Path, json));
        var set = DataFileSet.Read(files);
        var diagnostics = new List<Diagnostic>();
        DataFileChecker.Check(set.Find(DataFiles.Path)!, set, diagnostics.Add);
        return diagnostics;
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(ImmutableArray<AdditionalText> files)
    {
        var references = await Verifiers.TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class Program { }")], references);
        var analyzer = new JsonDataAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var run = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = await run.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return await run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
