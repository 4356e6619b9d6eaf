using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Json;
using AseanUn.Model;
using AseanUn.Queries;
using AseanUn.Validation;

namespace AseanUn.Explorer.Records;

/// <summary>
/// Reads the value of <c>--kind</c>: an event kind, an instrument kind, or a record type, named in camel case as
/// <c>--json</c> writes them (<c>summit</c>, <c>planOfAction</c>, <c>activity</c>) and, as before, in any case and with
/// or without spaces and hyphens (<c>general-assembly-resolution</c>, <c>"Work plan"</c>).
/// </summary>
internal static class KindFilter
{
    private static readonly string[] RecordTypes = [nameof(Event), nameof(Instrument), nameof(Activity), nameof(Figure)];

    /// <summary>Gets every kind's camel-case name, as <c>--json</c> writes it.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetNames<EventKind>().Concat(Enum.GetNames<InstrumentKind>()).Concat(RecordTypes).Select(JsonNames.Of)];

    /// <summary>Returns why <paramref name="text"/> is not a kind: the nearest kinds, if any is near, and every kind.</summary>
    public static string Rejection(string text)
    {
        var nearest = NearestNames.For(Normalised(text), Names);
        return $"--kind '{text}' is not a kind{NearestNames.Ending(nearest)} The kinds are {string.Join(", ", Names)}.";
    }

    /// <summary>Parses <paramref name="text"/> into the query filter it names.</summary>
    /// <returns>Whether <paramref name="text"/> names a kind.</returns>
    public static bool TryParse(string text, out Func<RecordQuery, RecordQuery> filter)
    {
        var name = Normalised(text);
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

    // Spaces, hyphens and underscores are ignored, so "Work plan" and general-assembly-resolution read as names.
    private static string Normalised(string text) =>
        text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
