namespace AseanUn.Data;

/// <summary>Reasons for inferences that recur across records, written once so they read the same everywhere.</summary>
internal static class Reasons
{
    /// <summary>A status read from the instrument's period against the report's date.</summary>
    public const string StatusFromPeriod =
        "Read from the instrument's period against the report's date, March 2017; the report does not say where it stood.";

    /// <summary>An adopted status for a document the report names as already in existence.</summary>
    public const string NamedAsExisting =
        "The report refers to it as an existing document the cooperation works with or towards; it does not report its adoption.";

    /// <summary>A count's as-of date where the report gives none.</summary>
    public const string CountAsOfReport =
        "The report gives no date for the count; the report's own date, March 2017, is the latest it can hold for.";
}
