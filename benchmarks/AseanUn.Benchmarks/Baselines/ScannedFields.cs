using System.Collections.Generic;
using System.Linq;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Benchmarks.Baselines;

/// <summary>
/// What a user without the library's indexes writes to read a record's action lines and dates; the baseline scans use
/// these.
/// </summary>
public static class ScannedFields
{
    /// <summary>Returns the action-line codes a record is tagged with; only some record types carry them.</summary>
    public static EquatableArray<string> CodesOf(PartnershipRecord record) => record switch
    {
        Event e => e.ActionLineCodes,
        Instrument i => i.ActionLineCodes,
        Activity a => a.ActionLineCodes,
        Figure f => f.ActionLineCodes,
        _ => default,
    };

    /// <summary>Returns every date a record carries.</summary>
    public static IEnumerable<PartialDate> DatesOf(PartnershipRecord record) => record switch
    {
        Event e => [e.Date],
        Instrument i => new[] { i.Date, i.Period }.Where(d => d.HasValue).Select(d => d!.Value),
        Activity { Period: { } period } => [period],
        Figure f => [f.AsOf],
        _ => [],
    };
}
