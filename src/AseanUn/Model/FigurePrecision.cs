namespace AseanUn.Model;

/// <summary>How exactly a figure's value is stated.</summary>
public enum FigurePrecision
{
    /// <summary>The value is exact, e.g. "three UN Liaison Officers".</summary>
    Exact,

    /// <summary>The value is approximate, e.g. "approximately 5,500".</summary>
    Approximate,

    /// <summary>The value is a lower bound, e.g. "more than".</summary>
    AtLeast,
}
