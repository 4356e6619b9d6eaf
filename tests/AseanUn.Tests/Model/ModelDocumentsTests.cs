using System;
using System.IO;
using AseanUn.Tests.Dataset;

namespace AseanUn.Tests.Model;

/// <summary>
/// The dataset schema and the table of groups in <c>docs/data-format.md</c> say what the field tables say; with
/// <c>ASEANUN_WRITE_DOCS=1</c> (eng/regenerate.sh) the tests rewrite them instead.
/// </summary>
public sealed class ModelDocumentsTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot.Path, "schemas", "aseanun-dataset.schema.json");
    private static readonly string FormatPath = Path.Combine(RepositoryRoot.Path, "docs", "data-format.md");

    [Fact]
    public void The_dataset_schema_describes_each_record_type_as_its_field_table_does()
    {
        var committed = File.ReadAllText(SchemaPath).ReplaceLineEndings("\n");
        var expected = ModelDocuments.Schema(committed);
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            File.WriteAllText(SchemaPath, expected);
            committed = expected;
        }

        Assert.Equal(expected, committed);
    }

    [Fact]
    public void The_data_format_document_lists_each_group_s_properties_as_the_field_tables_do()
    {
        var document = File.ReadAllText(FormatPath).ReplaceLineEndings("\n");
        var expected = ModelDocuments.Table();
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            document = DatasetCounts.Splice(document, expected, ModelDocuments.TableBegin, ModelDocuments.TableEnd);
            File.WriteAllText(FormatPath, document);
        }

        Assert.Equal(document, DatasetCounts.Splice(document, expected, ModelDocuments.TableBegin, ModelDocuments.TableEnd));
        Assert.Contains("| `events` | `kind`, `title`, `date` |", document, StringComparison.Ordinal);
    }
}
