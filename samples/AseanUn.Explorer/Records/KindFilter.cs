using System;
using System.Linq;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Explorer.Records;

/// <summary>
/// Reads the value of <c>--kind</c>: an event kind, an instrument kind, or a record type, in any case and with or
/// without spaces and hyphens (<c>summit</c>, <c>general-assembly-resolution</c>, <c>"Work plan"</c>, <c>activity</c>).
/// </summary>
internal static class KindFilter
{
    private static readonly string[] RecordTypes = [nameof(Event), nameof(Instrument), nameof(Activity), nameof(Figure)];

    /// <summary>Gets every accepted kind, for help and error messages.</summary>
    public static string Accepted { get; } = string.Join(", ", Enum.GetNames<EventKind>().Concat(Enum.GetNames<InstrumentKind>()).Concat(RecordTypes));

    /// <summary>Parses <paramref name="text"/> into the query filter it names.</summary>
    /// <returns>Whether <paramref name="text"/> names a kind.</returns>
    public static bool TryParse(string text, out Func<RecordQuery, RecordQuery> filter)
    {
        var name = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (Enum.TryParse<EventKind>(name, ignoreCase: true, out var eventKind) && Enum.IsDefined(eventKind))
        {
            filter = q => q.OfKind(eventKind);
            return true;
        }

        if (Enum.TryParse<InstrumentKind>(name, ignoreCase: true, out var instrumentKind) && Enum.IsDefined(instrumentKind))
        {
            filter = q => q.OfKind(instrumentKind);
            return true;
        }

        Func<RecordQuery, RecordQuery>? byType = Array.FindIndex(RecordTypes, t => t.Equals(name, StringComparison.OrdinalIgnoreCase)) switch
        {
            0 => q => q.OfType<Event>(),
            1 => q => q.OfType<Instrument>(),
            2 => q => q.OfType<Activity>(),
            3 => q => q.OfType<Figure>(),
            _ => null,
        };
        filter = byType ?? (q => q);
        return byType is not null;
    }
}
