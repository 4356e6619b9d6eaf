using System.Security.Cryptography;
using System.Text;
using AseanUn;
using AseanUn.Json;

// Queries through the packaged library after trimming or native AOT; the tests compare the output with the library's.
var partnership = Partnership.Current;
Console.WriteLine($"edition {partnership.Edition} as of {partnership.AsOf}");
foreach (var line in partnership.ActionLines)
{
    if (line.PillarCode == PillarCodes.SocioCultural)
    {
        Console.WriteLine($"{line.Code} {line.Name}");
    }
}

foreach (var entry in partnership.Timeline)
{
    Console.WriteLine($"{entry.Date} {entry.Kind} {entry.Title}");
}

// The JSON interchange is source-generated: the export must be the very bytes a JIT-compiled process writes, and the
// queries below run on the dataset imported back from it.
var json = DatasetJson.Export(partnership);
Console.WriteLine($"export {json.Length} chars sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}");
var imported = DatasetJson.Import(json, "export.json");
Console.WriteLine($"imported edition {imported.Edition} as of {imported.AsOf}: {imported.Records.Count} records");
Console.WriteLine($"re-export identical {DatasetJson.Export(imported) == json}");
Console.WriteLine($"under {PillarCodes.SocioCultural}: {string.Join(" ", imported.RecordsUnderPillar(PillarCodes.SocioCultural).Select(record => record.Id))}");
if (imported.TryGetActionLine(ActionLineCodes.Children, out var children))
{
    Console.WriteLine($"action line {children.Code} in {children.AreaCode}: {children.Name}");
}

Console.WriteLine($"search UNICEF: {string.Join(" ", imported.Search("UNICEF").Select(record => record.Id))}");
