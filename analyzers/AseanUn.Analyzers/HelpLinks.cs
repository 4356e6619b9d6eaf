namespace AseanUn.Analyzers;

/// <summary>Builds the help link of a rule: its page under <c>docs/diagnostics</c> in the repository.</summary>
internal static class HelpLinks
{
    /// <summary>The folder of the rule pages in the repository.</summary>
    public const string Base = "https://github.com/aseanun/aseanun/blob/main/docs/diagnostics/";

    /// <summary>Gets the help link of the rule with the given id.</summary>
    public static string For(string id) => Base + id + ".md";
}
