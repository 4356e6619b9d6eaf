using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>Looks records of the built-in dataset up the plain way, so the dataset tests do not depend on the query layer.</summary>
internal static class TestData
{
    public static PartnershipDataset Dataset => Partnership.Current;

    public static T Get<T>(string id)
        where T : PartnershipRecord
    {
        var matches = Dataset.Records.Where(r => r.Id == id).ToList();
        var record = Assert.Single(matches);
        return Assert.IsType<T>(record);
    }

    public static IReadOnlyList<Event> EventsOfKind(EventKind kind) => Dataset.Events.Where(e => e.Kind == kind).ToList();

    /// <summary>Returns the records tagged with at least one action line whose code starts with <paramref name="prefix"/> and a dot (an area or pillar).</summary>
    public static IReadOnlyList<PartnershipRecord> TaggedUnder(string prefix) =>
        Dataset.Records.Where(r => r.ActionLineTags.Any(code => code.StartsWith(prefix + ".", StringComparison.Ordinal))).ToList();

    public static int[] ParagraphsOf(PartnershipRecord record) => record.Sources.Select(c => c.Paragraph ?? 0).ToArray();
}
