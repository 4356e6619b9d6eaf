using System;
using System.Text.Json;

namespace AseanUn.Model;

/// <summary>An instrument status in its statement form (the camel-case JSON name), and whether it lasts.</summary>
internal static class StatusValue
{
    private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<InstrumentStatus>(), JsonNamingPolicy.CamelCase.ConvertName);

    /// <summary>Returns the JSON text form of <paramref name="status"/>, e.g. <c>inForce</c>.</summary>
    public static string Format(InstrumentStatus status) => Names[(int)status];

    /// <summary>Parses a status statement's value; <see langword="null"/> stands for <paramref name="carried"/>, the value the record carries.</summary>
    public static bool TryParse(string? value, InstrumentStatus carried, out InstrumentStatus status)
    {
        if (value is null)
        {
            status = carried;
            return true;
        }

        var index = Array.IndexOf(Names, value);
        status = (InstrumentStatus)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>
    /// Returns whether <paramref name="status"/> is a lasting act — signed, adopted, published, issued, concluded, or
    /// in force (entry into force lasts until it ends) — that holds until a later statement; a transient status
    /// (planned, in preparation) and an unstated one hold only within their own time.
    /// </summary>
    public static bool IsLasting(InstrumentStatus status) => status is not (InstrumentStatus.Planned or InstrumentStatus.InPreparation or InstrumentStatus.Unstated);
}
