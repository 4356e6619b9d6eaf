namespace AseanUn.Model;

/// <summary>How a claim about a value stands against other claims about the same value (Wikidata's statement rank).</summary>
public enum ClaimRank
{
    /// <summary>A claim the dataset records but has not chosen: a source says so, another source says otherwise.</summary>
    Normal,

    /// <summary>The claim whose value the record carries: the dataset's chosen value.</summary>
    Preferred,

    /// <summary>A claim known to be wrong, kept so that its source stays visible.</summary>
    Deprecated,
}
