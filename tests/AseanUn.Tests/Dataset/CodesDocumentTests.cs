using System;
using System.IO;
using System.Linq;

namespace AseanUn.Tests.Dataset;

/// <summary><c>docs/codes.md</c> is exactly what the vocabulary renders to, and so lists every code.</summary>
public sealed class CodesDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(Repository.Root, CodesDocument.RelativePath);

    [Fact]
    public void The_codes_document_matches_the_vocabulary()
    {
        var expected = CodesDocument.Render(TestData.Dataset);
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        var actual = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_codes_document_lists_every_code_with_its_name()
    {
        var document = File.ReadAllText(DocumentPath);
        var data = TestData.Dataset;
        var entries = data.Pillars.Select(p => (p.Code, p.Name))
            .Concat(data.Areas.Select(a => (a.Code, a.Name)))
            .Concat(data.ActionLines.Select(l => (l.Code, l.Name)));

        Assert.All(entries, entry =>
        {
            Assert.Contains($"`{entry.Code}`", document, StringComparison.Ordinal);
            Assert.Contains(entry.Name, document, StringComparison.Ordinal);
        });
    }
}
