using AseanUn;

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
