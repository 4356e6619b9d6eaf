using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.DataCompiler;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.BuiltIn;

/// <summary>
/// A mistake in the dataset's C# source (<c>src/AseanUn/Data</c>) fails the build once, at the file, line and column of
/// the offending value, in the form MSBuild and editors read. Each test edits a copy of the real source and the
/// matching record, and runs the data compiler's report over the validator's problems.
/// </summary>
public sealed class DataSourceErrorTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("aseanun-data-").FullName;

    public DataSourceErrorTests()
    {
        foreach (var file in Directory.EnumerateFiles(DataSource.Directory, "*.cs"))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_bad_id_is_one_error_at_the_line_and_column_of_the_id()
    {
        var (line, column) = Edit("Activities.cs", "Id = \"peacekeeping-cooperation\",", "Id = \"Peacekeeping cooperation\",", "Id = ".Length);

        var lines = Report("peacekeeping-cooperation", r => r with { Id = "Peacekeeping cooperation" });

        var error = Assert.Single(lines);
        Assert.StartsWith($"{Path.Combine(_copy, "Activities.cs")}({line},{column}): error InvalidId: The id 'Peacekeeping cooperation' is not valid", error, StringComparison.Ordinal);
        Assert.EndsWith("(at $.records.activities[4].id in the JSON export)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_reference_is_one_error_at_the_value_of_its_property()
    {
        var (line, column) = Edit("Meetings.cs", "PlaceId = \"kuala-lumpur\",", "PlaceId = \"atlantis\",", "PlaceId = ".Length);
        var meeting = Assert.Single(Partnership.Current.Events, e => e.PlaceId == "kuala-lumpur" && e.Kind != EventKind.Summit).Id;

        var lines = Report(meeting, r => ((Event)r) with { PlaceId = "atlantis" });

        var error = Assert.Single(lines);
        Assert.StartsWith($"{Path.Combine(_copy, "Meetings.cs")}({line},{column}): error DanglingReference: 'atlantis' names no record", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_item_of_a_list_is_reported_at_that_item()
    {
        var (line, column) = Edit("Summits.cs", "ParticipantIds = [\"asean\", \"un-secretary-general\", \"un\"],", "ParticipantIds = [\"asean\", \"un-secretary-generl\", \"un\"],", "ParticipantIds = [\"asean\", ".Length);

        var lines = Report("summit-2", r => ((Event)r) with { ParticipantIds = ["asean", "un-secretary-generl", "un"] });

        var error = Assert.Single(lines);
        Assert.StartsWith($"{Path.Combine(_copy, "Summits.cs")}({line},{column}): error DanglingReference: 'un-secretary-generl' names no record", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    // Replaces the one occurrence of 'before' in the copy of 'file'; returns the 1-based line and column 'offset' characters into it.
    private (int Line, int Column) Edit(string file, string before, string after, int offset)
    {
        var path = Path.Combine(_copy, file);
        var lines = File.ReadAllLines(path);
        var at = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains(before, StringComparison.Ordinal));
        var column = lines[at].IndexOf(before, StringComparison.Ordinal) + offset + 1;
        lines[at] = lines[at].Replace(before, after, StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        return (at + 1, column);
    }

    // Validates the built-in records with record 'id' changed as the source was, and reports the problems as the build does.
    private List<string> Report(string id, Func<PartnershipRecord, PartnershipRecord> change)
    {
        var records = Partnership.Current.Records.Select(r => r.Id == id ? change(r) : r).ToList();
        var invalid = Assert.Throws<DatasetValidationException>(() => new PartnershipDataset("test", Partnership.Current.AsOf, records));
        return DataProblemReport.Lines(invalid.Problems, records, DataSourceMap.Read(_copy, DataSource.ConstantFiles));
    }
}
