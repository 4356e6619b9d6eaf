namespace AseanUn;

/// <summary>
/// The codes of the four cooperation pillars of the Joint Declaration on the Comprehensive Partnership between
/// ASEAN and the UN. Use these constants instead of string literals; the analyzers check literals against them.
/// </summary>
/// <remarks>See <c>docs/codes.md</c> for the whole hierarchy of pillars, areas and action lines.</remarks>
public static class PillarCodes
{
    /// <summary>PS — Political-Security Cooperation.</summary>
    public const string PoliticalSecurity = "PS";

    /// <summary>EC — Economic Cooperation.</summary>
    public const string Economic = "EC";

    /// <summary>SC — Socio-Cultural Cooperation.</summary>
    public const string SocioCultural = "SC";

    /// <summary>SS — Secretariat-to-Secretariat Cooperation.</summary>
    public const string SecretariatToSecretariat = "SS";
}
