namespace AseanUn.Model;

/// <summary>Why a statement has its rank.</summary>
public enum RankReason
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>Sources disagree about the value.</summary>
    Disputed,

    /// <summary>A later fact replaced the value.</summary>
    Superseded,

    /// <summary>The value is another name for the same thing.</summary>
    AlternativeName,

    /// <summary>A later source withdrew the value (or the record) without giving another: the statement is kept, deprecated, with the reason.</summary>
    Retracted,
}
