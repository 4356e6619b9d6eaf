namespace AseanUn.Analyzers;

/// <summary>The categories of AseanUn's rules, one per audience.</summary>
internal static class DiagnosticCategories
{
    /// <summary>Rules for everyone who passes pillar, area or action-line codes to a marked place.</summary>
    public const string Codes = "AseanUn.Codes";

    /// <summary>Rules for contributors who write the built-in dataset source.</summary>
    public const string Dataset = "AseanUn.Dataset";

    /// <summary>Rules for everyone who keeps AseanUn data or layers in <c>*.aseanun.json</c> files.</summary>
    public const string JsonData = "AseanUn.JsonData";
}
