using System;
using System.IO;
using System.Linq;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// <c>docs/codes.md</c> and the code-constant classes are exactly what the vocabulary records render to, so each
/// pillar, area and action line is worded once. To regenerate both after changing a record:
/// <c>ASEANUN_WRITE_DOCS=1 dotnet test tests/AseanUn.Tests --filter CodesDocumentTests</c>.
/// </summary>
public sealed class CodesDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(RepositoryRoot.Path, CodesDocument.RelativePath);

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

    [Theory]
    [InlineData(nameof(PillarCodes))]
    [InlineData(nameof(AreaCodes))]
    [InlineData(nameof(ActionLineCodes))]
    public void The_code_constants_are_rendered_from_the_vocabulary_records(string holderName)
    {
        var (holder, relativePath, _) = CodeConstantsSource.Classes.Single(c => c.Holder.Name == holderName);
        var path = Path.Combine(RepositoryRoot.Path, relativePath);
        var expected = CodeConstantsSource.Render(holder, TestData.Dataset);
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
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
