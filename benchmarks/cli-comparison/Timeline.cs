using System;
using AseanUn;
/// <summary>What every prototype runs for `timeline`: the built-in timeline, one line per entry, and the count.</summary>
static class Timeline
{
    public static int Print(string? from, string? to, string? pillar, string? kind, string? org, bool json)
    {
        var dataset = Partnership.Current;
        var output = Console.Out;
        foreach (var entry in dataset.Timeline)
        {
            output.WriteLine($"{entry.Date}  {entry.Kind}  {entry.Title}");
        }
        output.WriteLine($"{dataset.Timeline.Count} dated records, edition {dataset.Edition}.");
        return 0;
    }
}
