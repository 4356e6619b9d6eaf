using System;
using System.IO;

namespace AseanUn.Tests.Dataset;

/// <summary>The record counts in <c>docs/dataset.md</c> are the dataset's real counts.</summary>
public sealed class DatasetDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(RepositoryRoot.Path, "docs", "dataset.md");

    [Fact]
    public void The_dataset_document_states_the_current_counts()
    {
        var expected = DatasetCounts.Render(TestData.Dataset);
        var document = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            document = DatasetCounts.Splice(document, expected);
            File.WriteAllText(DocumentPath, document);
        }

        Assert.Equal(document, DatasetCounts.Splice(document, expected));
    }

    [Fact]
    public void The_paragraph_table_gives_each_paragraphs_records_and_inferences()
    {
        var expected = ParagraphTable.Render(TestData.Dataset);
        var document = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            document = DatasetCounts.Splice(document, expected, ParagraphTable.Begin, ParagraphTable.End);
            File.WriteAllText(DocumentPath, document);
        }

        Assert.Equal(document, DatasetCounts.Splice(document, expected, ParagraphTable.Begin, ParagraphTable.End));
        Assert.Contains("| 41 |", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Splicing_replaces_only_the_generated_section()
    {
        var document = $"before\n{DatasetCounts.Begin}\nold\n{DatasetCounts.End}\nafter\n";

        Assert.Equal("before\nnew\nafter\n", DatasetCounts.Splice(document, "new"));
        Assert.Throws<InvalidOperationException>(() => DatasetCounts.Splice("no markers", "new"));
    }
}
