using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn;
using AseanUn.BuiltIn;
using AseanUn.Data;
using AseanUn.DataCompiler;
using AseanUn.Validation;

// Usage: AseanUn.DataCompiler <C# output file> <data source directory> <layers directory>
// Validates the built-in dataset with the full validator and makes its compact form; then merges the shipped layers
// onto it with the library's own JSON reader and makes the compact form of the layered dataset, and writes both as the
// C# the library compiles (CompactDataSource). Reads each back to
// prove that the form holds every record exactly; exits 1, naming what is wrong, when any check fails. A problem in a
// record is reported once, at the line of the data source (src/AseanUn/Data) that sets the offending value; a problem
// in a layer at its file, line and column, with its JSON path.
if (args is not [var output, var dataDirectory, var layersDirectory])
{
    Console.Error.WriteLine("Usage: AseanUn.DataCompiler <C# output file> <data source directory> <layers directory>");
    return 2;
}

var records = BuiltInDataset.AllRecords().ToList();
PartnershipDataset dataset;
try
{
    dataset = new PartnershipDataset(BuiltInDataset.Edition, BuiltInDataset.AsOf, records);
}
catch (DatasetValidationException invalid)
{
    // One error line per problem in MSBuild's canonical form, at the C# line of the value, so the build lists them all.
    var libraryDirectory = Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
    var constants = Directory.EnumerateFiles(Path.Combine(libraryDirectory, "Codes"), "*.cs");
    foreach (var line in DataProblemReport.Lines(invalid.Problems, records, DataSourceMap.Read(dataDirectory, constants)))
    {
        Console.Error.WriteLine(line);
    }

    return 1;
}

var errors = new List<string>();
var layered = ShippedLayers.Merge(dataset, ShippedLayers.Files(layersDirectory), errors);
foreach (var line in errors)
{
    Console.Error.WriteLine(line);
}

if (layered is null)
{
    return 1;
}

var data = CompactDataset.Write(dataset.Edition, dataset.AsOf, dataset.Records);
var layers = CompactDataset.WriteOver(dataset.Records, CompactHead.Of(layered), layered.Records);
if (!ReadsBack("the built-in dataset", dataset, CompactDataset.Read(data))
    || !ReadsBack("the dataset with the shipped layers", layered, CompactDataset.ReadOver(layers, dataset.Records)))
{
    return 1;
}

CompactDataSource.Write(output, data, layers);
Console.WriteLine($"{output}: {dataset.Records.Count} records in {data.Length:N0} bytes; with the shipped layers, {layered.Records.Count} records in {layers.Length:N0} more");
return 0;

// Whether the form read back holds exactly the dataset written; if not, says which record differs.
static bool ReadsBack(string what, PartnershipDataset written, CompactContent read)
{
    var firstDifference = Enumerable.Range(0, Math.Max(read.Records.Length, written.Records.Count))
        .FirstOrDefault(i => i >= read.Records.Length || i >= written.Records.Count || !read.Records[i].Equals(written.Records[i]), -1);
    if (read.Head == CompactHead.Of(written) && firstDifference < 0)
    {
        return true;
    }

    var which = firstDifference >= 0 && firstDifference < written.Records.Count ? $"record '{written.Records[firstDifference].Id}'" : "the edition, date or manifest";
    Console.Error.WriteLine($"error {DataProblemReport.Code}: the compact form of {what} does not read back as written: {which} differs.");
    return false;
}

