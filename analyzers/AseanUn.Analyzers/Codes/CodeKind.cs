namespace AseanUn.Analyzers.Codes;

/// <summary>The three levels of the code hierarchy; the value is the number of dot-separated segments.</summary>
internal enum CodeKind
{
    None = 0,
    Pillar = 1,
    Area = 2,
    ActionLine = 3,
}
