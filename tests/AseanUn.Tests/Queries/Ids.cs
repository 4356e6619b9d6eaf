using System.Collections.Generic;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Tests.Queries;

/// <summary>Turns query results into id lists for assertions.</summary>
internal static class Ids
{
    public static string[] Of<T>(IEnumerable<T> records)
        where T : PartnershipRecord
    {
        var ids = new List<string>();
        foreach (var record in records)
        {
            ids.Add(record.Id);
        }

        return [.. ids];
    }

    public static string[] Of(IEnumerable<TimelineEntry> entries)
    {
        var ids = new List<string>();
        foreach (var entry in entries)
        {
            ids.Add(entry.Record.Id);
        }

        return [.. ids];
    }
}
