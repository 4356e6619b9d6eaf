namespace AseanUn.Model;

/// <summary>How a statement stands against other statements about the same property (Wikidata's rank).</summary>
public enum StatementRank
{
    /// <summary>A statement the dataset records without choosing it over others.</summary>
    Normal,

    /// <summary>The statement whose value the record carries; at most one per property.</summary>
    Preferred,

    /// <summary>A statement known to be wrong or replaced, kept so that its evidence stays visible.</summary>
    Deprecated,
}
