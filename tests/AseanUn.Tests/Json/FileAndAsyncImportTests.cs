using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>Files that cannot be read, empty documents, and the asynchronous forms of import and merge.</summary>
public sealed class FileAndAsyncImportTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public async Task A_missing_file_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-missing-{Guid.NewGuid():N}.json");
        foreach (var result in new[]
        {
            DatasetJson.TryImportFile(path), DatasetJson.TryMergeFile(Dataset, path),
            await DatasetJson.TryImportFileAsync(path), await DatasetJson.TryMergeFileAsync(Dataset, path),
        })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(new DatasetProblem(DatasetProblemKind.Unreadable, "$", null, null, $"Cannot read {path}: there is no such file.") { DocumentName = path }, problem);
        }
    }

    [Fact]
    public async Task A_folder_is_a_problem_not_an_exception()
    {
        var folder = Path.GetTempPath();
        foreach (var result in new[] { DatasetJson.TryImportFile(folder), await DatasetJson.TryImportFileAsync(folder) })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(DatasetProblemKind.Unreadable, problem.Kind);
            Assert.Equal($"Cannot read {folder}: it is a folder, not a file.", problem.Message);
        }

        var thrown = await Assert.ThrowsAsync<DatasetValidationException>(() => DatasetJson.ImportFileAsync(folder));
        Assert.Equal(DatasetProblemKind.Unreadable, Assert.Single(thrown.Problems).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    [InlineData("\uFEFF\n")]
    public void An_empty_document_is_one_problem_in_plain_words(string json)
    {
        var problem = Assert.Single(DatasetJson.TryImport(json, "empty.json").Problems);
        Assert.Equal(DatasetProblemKind.MalformedJson, problem.Kind);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.StartsWith("The document is empty; a dataset document is a JSON object with version, edition, asOf and records", problem.Message, StringComparison.Ordinal);
        Assert.Equal(problem, Assert.Single(DatasetJson.TryImport(Encoding.UTF8.GetBytes(json), "empty.json").Problems));
    }

    [Fact]
    public async Task Asynchronous_import_and_merge_give_what_the_synchronous_forms_give()
    {
        var export = Encoding.UTF8.GetBytes(DatasetJson.Export(Dataset));
        var imported = await DatasetJson.ImportAsync(new MemoryStream(export), "export.json");
        Assert.Equal(DatasetJson.Export(DatasetJson.Import(new MemoryStream(export))), DatasetJson.Export(imported));

        var later = File.ReadAllBytes(MergeTests.TestDataPath("later-report.json"));
        var merged = await DatasetJson.MergeAsync(Dataset, new MemoryStream(later), "later.json");
        Assert.Equal(DatasetJson.Export(DatasetJson.Merge(Dataset, later, "later.json")), DatasetJson.Export(merged));
        var alone = await DatasetJson.TryImportAsync(new MemoryStream(later), "later.json");
        Assert.Equal(DatasetJson.TryImport(later, "later.json").Problems, alone.Problems);
        Assert.Equal(alone.Problems, (await Assert.ThrowsAsync<DatasetValidationException>(() => DatasetJson.ImportAsync(new MemoryStream(later), "later.json"))).Problems);

        var path = Path.Combine(Path.GetTempPath(), $"aseanun-later-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllBytesAsync(path, later);
            // A file merged names its layer by its file name.
            var fromFile = DatasetJson.Export(await DatasetJson.MergeFileAsync(Dataset, path));
            Assert.Equal(DatasetJson.Export(merged), fromFile.Replace($"\"name\": \"{Path.GetFileNameWithoutExtension(path)}\"", "\"name\": \"later\"", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_cancelled_import_throws_and_loads_nothing()
    {
        var export = new MemoryStream(Encoding.UTF8.GetBytes(DatasetJson.Export(Dataset)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetJson.TryImportAsync(export, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_validation_exception_has_the_standard_constructors()
    {
        Assert.Empty(new DatasetValidationException().Problems);
        Assert.Equal("custom", new DatasetValidationException("custom").Message);
        var inner = new InvalidOperationException("inner");
        var wrapped = new DatasetValidationException("outer", inner);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Empty(wrapped.Problems);
    }
}
