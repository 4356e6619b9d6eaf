namespace AseanUn.Model;

/// <summary>How exactly a figure's value is stated.</summary>
public enum FigurePrecision
{
    /// <summary>The value is exact, e.g. "three UN Liaison Officers".</summary>
    Exact,

    /// <summary>The value is approximate, e.g. "approximately 5,500".</summary>
    Approximate,

    /// <summary>The value is a lower bound the quantity may equal, e.g. "at least 20" or "20 or more".</summary>
    AtLeast,

    /// <summary>The value is a strict lower bound the quantity exceeds, e.g. "over 90 per cent" or "more than 5,000".</summary>
    MoreThan,
}
