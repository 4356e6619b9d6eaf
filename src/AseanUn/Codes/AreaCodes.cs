namespace AseanUn;

/// <summary>
/// The codes of the areas of cooperation, one per heading of the report under each pillar.
/// An area code is its pillar code, a dot and a number: <c>PS.1</c>.
/// </summary>
public static class AreaCodes
{
    /// <summary>PS.1 — Peace and Security, in the Political-Security Cooperation pillar.</summary>
    public const string PeaceAndSecurity = "PS.1";

    /// <summary>PS.2 — Human Rights Promotion, in the Political-Security Cooperation pillar.</summary>
    public const string HumanRightsPromotion = "PS.2";

    /// <summary>EC.1 — Connectivity and Integration, in the Economic Cooperation pillar.</summary>
    public const string ConnectivityAndIntegration = "EC.1";

    /// <summary>EC.2 — Economy and Development, in the Economic Cooperation pillar.</summary>
    public const string EconomyAndDevelopment = "EC.2";

    /// <summary>EC.3 — Food and Energy Security, in the Economic Cooperation pillar.</summary>
    public const string FoodAndEnergySecurity = "EC.3";

    /// <summary>EC.4 — Attainment of the MDGs and Narrowing the Development Gap, in the Economic Cooperation pillar.</summary>
    public const string MdgsAndDevelopmentGap = "EC.4";

    /// <summary>EC.5 — Cooperation to Implement the 2030 Agenda for Sustainable Development, in the Economic Cooperation pillar.</summary>
    public const string Agenda2030 = "EC.5";

    /// <summary>SC.1 — Human Development and Social Welfare, in the Socio-Cultural Cooperation pillar.</summary>
    public const string HumanDevelopmentAndSocialWelfare = "SC.1";

    /// <summary>SC.2 — Environment, Climate Change and Disaster Risk Management, in the Socio-Cultural Cooperation pillar.</summary>
    public const string EnvironmentClimateAndDisasters = "SC.2";

    /// <summary>SC.3 — Culture and Education, in the Socio-Cultural Cooperation pillar.</summary>
    public const string CultureAndEducation = "SC.3";

    /// <summary>SS.1 — Secretariat-to-Secretariat Cooperation, in the Secretariat-to-Secretariat Cooperation pillar.</summary>
    public const string SecretariatCooperation = "SS.1";
}
