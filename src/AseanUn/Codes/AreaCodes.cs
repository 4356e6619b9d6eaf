namespace AseanUn;

/// <summary>
/// The codes of the areas of cooperation, one per heading of the report under each pillar.
/// An area code is its pillar code, a dot and a number: <c>PS.1</c>.
/// </summary>
/// <remarks>The areas are the report's own headings; their numbering is AseanUn's (see <see cref="Model.Classification.AseanUn"/>).</remarks>
public static class AreaCodes
{
    /// <summary>Peace and Security (Political-Security pillar).</summary>
    public const string PeaceAndSecurity = "PS.1";

    /// <summary>Human Rights Promotion (Political-Security pillar).</summary>
    public const string HumanRightsPromotion = "PS.2";

    /// <summary>Connectivity and Integration (Economic pillar).</summary>
    public const string ConnectivityAndIntegration = "EC.1";

    /// <summary>Economy and Development (Economic pillar).</summary>
    public const string EconomyAndDevelopment = "EC.2";

    /// <summary>Food and Energy Security (Economic pillar).</summary>
    public const string FoodAndEnergySecurity = "EC.3";

    /// <summary>Attainment of the MDGs and Narrowing the Development Gap (Economic pillar).</summary>
    public const string MdgsAndDevelopmentGap = "EC.4";

    /// <summary>Cooperation to Implement the 2030 Agenda for Sustainable Development (Economic pillar).</summary>
    public const string Agenda2030 = "EC.5";

    /// <summary>Human Development and Social Welfare (Socio-Cultural pillar).</summary>
    public const string HumanDevelopmentAndSocialWelfare = "SC.1";

    /// <summary>Environment, Climate Change and Disaster Risk Management (Socio-Cultural pillar).</summary>
    public const string EnvironmentClimateAndDisasters = "SC.2";

    /// <summary>Culture and Education (Socio-Cultural pillar).</summary>
    public const string CultureAndEducation = "SC.3";

    /// <summary>Secretariat-to-Secretariat Cooperation (the pillar's single area).</summary>
    public const string SecretariatCooperation = "SS.1";
}
