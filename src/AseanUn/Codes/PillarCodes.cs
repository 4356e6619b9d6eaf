namespace AseanUn;

/// <summary>
/// The codes of the four cooperation pillars of the Joint Declaration on the Comprehensive Partnership between
/// ASEAN and the UN. Use these constants instead of string literals; the analyzers check literals against them.
/// </summary>
/// <remarks>
/// The pillars are the report's (¶6 and its part II headings); the areas under them are its headings; the action lines
/// are AseanUn's own classification (see <see cref="Model.Classification.AseanUn"/>). See <c>docs/codes.md</c> for the
/// whole hierarchy.
/// </remarks>
public static class PillarCodes
{
    /// <summary>Political-Security Cooperation.</summary>
    public const string PoliticalSecurity = "PS";

    /// <summary>Economic Cooperation.</summary>
    public const string Economic = "EC";

    /// <summary>Socio-Cultural Cooperation.</summary>
    public const string SocioCultural = "SC";

    /// <summary>Secretariat-to-Secretariat Cooperation.</summary>
    public const string SecretariatToSecretariat = "SS";
}
