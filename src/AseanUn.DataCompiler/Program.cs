using System;
using System.IO;
using System.Linq;
using AseanUn;
using AseanUn.BuiltIn;
using AseanUn.Data;
using AseanUn.DataCompiler;
using AseanUn.Validation;

// Usage: AseanUn.DataCompiler <output file> <data source directory>
// Validates the built-in dataset with the full validator, writes its compact form, and reads it back to prove that
// the form holds every record exactly; exits 1, naming what is wrong, when either check fails. A problem in a record
// is reported once, at the line of the data source (src/AseanUn/Data) that sets the offending value.
if (args is not [var output, var dataDirectory])
{
    Console.Error.WriteLine("Usage: AseanUn.DataCompiler <output file> <data source directory>");
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

var data = CompactDataset.Write(dataset.Edition, dataset.AsOf, dataset.Records);
var (edition, asOf, read) = CompactDataset.Read(data);
var firstDifference = Enumerable.Range(0, Math.Max(read.Length, dataset.Records.Count))
    .FirstOrDefault(i => i >= read.Length || i >= dataset.Records.Count || !read[i].Equals(dataset.Records[i]), -1);
if (edition != dataset.Edition || asOf != dataset.AsOf || firstDifference >= 0)
{
    var which = firstDifference >= 0 && firstDifference < dataset.Records.Count ? $"record '{dataset.Records[firstDifference].Id}'" : "the edition or date";
    Console.Error.WriteLine($"error AUNDATA: the compact form does not read back as written: {which} differs.");
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllBytes(output, data);
Console.WriteLine($"{output}: {dataset.Records.Count} records, {data.Length:N0} bytes");
return 0;
