using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Robustness.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// The two compilations a source is added to: a consumer's, which references AseanUn, and the library's own dataset
/// source, which also defines the authoring attributes, the source document and <c>Cite</c>, so the contributor rules run.
/// Each is built once; adding a tree to it reuses its references.
/// </summary>
internal static class CompilationContexts
{
    // Like the library's Cite, built only on public API so the harness itself compiles without errors.
    private const string Cite = """
        namespace AseanUn.Data;

        internal static class Cite
        {
            public const string Report = "overview-2017";

            public static AseanUn.Collections.EquatableArray<AseanUn.Model.Citation> Paragraphs(params int[] paragraphs) =>
                AseanUn.Collections.EquatableArray.From(System.Array.ConvertAll(paragraphs, p => new AseanUn.Model.Citation(Report, p)));
        }
        """;

    public static CSharpCompilation Consumer { get; } = AnalyzerHarness.Compile([], AnalyzerHarness.AseanUnLibrary);

    public static CSharpCompilation Dataset { get; } = AnalyzerHarness.Compile(DatasetHarness(), AnalyzerHarness.AseanUnLibrary);

    /// <summary>Gets the consumer project a data file is given to: its rules look only at the additional files.</summary>
    public static CSharpCompilation DataFileProject { get; } = Consumer.AddSyntaxTrees(AnalyzerHarness.Parse("class Program { }"));

    /// <summary>The path a data file is given at: the ending marks it as AseanUn data.</summary>
    public const string DataFilePath = "data/subject.aseanun.json";

    /// <summary>Gets the compilation <paramref name="source"/> belongs in, with it added.</summary>
    public static Compilation With(CorpusSource source, SyntaxTree tree) =>
        (source.IsDatasetFragment ? Dataset : Consumer).AddSyntaxTrees(tree);

    private static IEnumerable<SyntaxTree> DatasetHarness()
    {
        var files = Repository.CSharpFiles("src/AseanUn/Authoring").Append(Repository.PathOf("src/AseanUn/Data/SourceDocuments.cs"));
        return files.Select(path => AnalyzerHarness.Parse(File.ReadAllText(path), "Harness/" + Path.GetFileName(path)))
            .Append(AnalyzerHarness.Parse(Cite, "Harness/Cite.cs"));
    }
}
