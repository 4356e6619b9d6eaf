using System.IO;
using System.Linq;
using AseanUn.Json;
using AseanUn.Model;

namespace AseanUn.Tests.Json;

/// <summary>A file the format-1 export wrote before records carried inferences, histories and claims still reads, unchanged.</summary>
public sealed class VersionOneTests
{
    private static readonly string Path = MergeTests.TestDataPath("export-v1-2017-03.json");

    [Fact]
    public void A_version_1_export_imports_and_exports_back_byte_for_byte()
    {
        var original = File.ReadAllBytes(Path);

        var dataset = DatasetJson.Import(original, "export-v1-2017-03.json");
        using var written = new MemoryStream();
        DatasetJson.Export(dataset, written);

        Assert.Equal(original, written.ToArray());
        Assert.All(dataset.Records, r => Assert.True(r.Inferences.IsEmpty && r.Claims.IsEmpty));
        Assert.All(dataset.Instruments, i => Assert.True(i.History.IsEmpty));
    }

    [Fact]
    public void The_version_1_file_is_the_report_before_the_audit()
    {
        var dataset = DatasetJson.ImportFile(Path);

        // The audit changed what the built-in dataset says, not what an old file says.
        Assert.Equal(InstrumentStatus.Adopted, dataset.Get<Instrument>("co-chairs-statement-2010").Status);
        Assert.Equal(InstrumentStatus.Issued, Partnership.Current.Get<Instrument>("co-chairs-statement-2010").Status);
        // The file is history: records added since are not in it, and none of its records has gone.
        Assert.Empty(dataset.Records.Select(r => r.Id).Except(Partnership.Current.Records.Select(r => r.Id)));
    }
}
