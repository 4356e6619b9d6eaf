namespace AseanUn.Model;

/// <summary>How sure an as-of answer is.</summary>
public enum Certainty
{
    /// <summary>The evidence says what held on the date.</summary>
    Known,

    /// <summary>The evidence allows more than one value on the date, e.g. an act dated to a month asked about a day inside it.</summary>
    Uncertain,

    /// <summary>No evidence at or before the date says what held then.</summary>
    Unknown,
}
