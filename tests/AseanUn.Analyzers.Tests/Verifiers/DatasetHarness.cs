using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// What a dataset fragment compiles with besides the real library: the library's own authoring attributes (so the
/// contributor rules switch on, as in the library), a <c>Cite</c> like the library's, and the source report's record.
/// </summary>
internal static class DatasetHarness
{
    public const string Usings = """
        using AseanUn;
        using AseanUn.Authoring;
        using AseanUn.Data;
        using AseanUn.Dates;
        using AseanUn.Model;
        using NodaTime;

        """;

    private const string Cite = """
        using System.Linq;
        using AseanUn.Collections;
        using AseanUn.Model;

        namespace AseanUn.Data;

        internal static class Cite
        {
            public const string Report = "overview-2017";

            public static EquatableArray<Citation> Paragraphs(params int[] paragraphs) =>
                EquatableArray.From(paragraphs.Select(p => new Citation(Report, p)));
        }
        """;

    private const string Report = """
        using AseanUn.Dates;
        using AseanUn.Model;

        namespace AseanUn.Data;

        internal static partial class BuiltInDataset
        {
            private static SourceDocument[] SourceDocuments() =>
            [
                new SourceDocument
                {
                    Id = Cite.Report,
                    Title = "Overview of ASEAN-UN Cooperation",
                    Publisher = "ASEAN Secretariat",
                    AsOf = PartialDate.Month(2017, 3),
                    ParagraphCount = 41,
                    Sources = Cite.Paragraphs(1),
                },
            ];
        }
        """;

    /// <summary>Gets the harness files as (name, text) pairs.</summary>
    public static IEnumerable<(string Name, string Text)> Sources()
    {
        var assembly = typeof(DatasetHarness).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Authoring.", System.StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return ("/0/Harness/" + name, reader.ReadToEnd());
        }

        yield return ("/0/Harness/Cite.cs", Cite);
        yield return ("/0/Harness/SourceDocuments.cs", Report);
    }
}
