namespace AseanUn;

/// <summary>
/// The codes of the action lines: the distinct lines of work inside each area. An action-line code is its area
/// code, a dot and a number: <c>PS.1.2</c>. Use these constants instead of string literals; the analyzers check
/// literals against them and offer to replace a literal with its constant.
/// </summary>
/// <remarks>
/// <para>
/// The action lines are AseanUn's own classification, not the partnership's: the report says the Annex of the Joint
/// Declaration "identifies major action lines" (¶14) but never lists them, so these are the lines of work the project
/// reads in each area's paragraphs (see <see cref="Model.Classification.AseanUn"/> for its name, version and basis).
/// </para>
/// <para>
/// Codes are stable: a line that is no longer pursued keeps its code and is marked with
/// <see cref="SupersededByAttribute"/> naming its successor. No line is superseded today: the report never says one
/// line of work gave way to another.
/// </para>
/// </remarks>
public static class ActionLineCodes
{
    /// <summary>PS.1.1 — UN contributions to ASEAN-led mechanisms such as the ASEAN Regional Forum.</summary>
    public const string AseanLedMechanisms = "PS.1.1";

    /// <summary>PS.1.2 — Peacekeeping and post-conflict peace-building.</summary>
    public const string Peacekeeping = "PS.1.2";

    /// <summary>PS.1.3 — Conflict prevention and preventive diplomacy.</summary>
    public const string ConflictPrevention = "PS.1.3";

    /// <summary>PS.1.4 — Mediation and cooperation with regional organisations on peace operations.</summary>
    public const string Mediation = "PS.1.4";

    /// <summary>PS.1.5 — Transnational crime and international terrorism.</summary>
    public const string TransnationalCrime = "PS.1.5";

    /// <summary>PS.1.6 — Disarmament.</summary>
    public const string Disarmament = "PS.1.6";

    /// <summary>PS.2.1 — Human-rights capacity building and information sharing.</summary>
    public const string HumanRightsCapacity = "PS.2.1";

    /// <summary>PS.2.2 — Consultations between human-rights bodies and international institutions.</summary>
    public const string HumanRightsConsultations = "PS.2.2";

    /// <summary>EC.1.1 — Transport connectivity.</summary>
    public const string TransportConnectivity = "EC.1.1";

    /// <summary>EC.1.2 — Information and communications technology connectivity.</summary>
    public const string IctConnectivity = "EC.1.2";

    /// <summary>EC.2.1 — Regulatory frameworks and integration of the ASEAN Economic Community into the global economy.</summary>
    public const string EconomicIntegration = "EC.2.1";

    /// <summary>EC.2.2 — Competitiveness of enterprises, especially small and medium enterprises.</summary>
    public const string SmeCompetitiveness = "EC.2.2";

    /// <summary>EC.2.3 — Inclusive development and the economic empowerment of women and youth.</summary>
    public const string InclusiveDevelopment = "EC.2.3";

    /// <summary>EC.2.4 — Trade, investment and participation in global value chains.</summary>
    public const string TradeAndValueChains = "EC.2.4";

    /// <summary>EC.3.1 — Food security.</summary>
    public const string FoodSecurity = "EC.3.1";

    /// <summary>EC.3.2 — Food safety standards and the competitiveness of food commodities.</summary>
    public const string FoodSafety = "EC.3.2";

    /// <summary>EC.3.3 — Energy security.</summary>
    public const string EnergySecurity = "EC.3.3";

    /// <summary>EC.3.4 — Reducing greenhouse gas emissions.</summary>
    public const string GreenhouseGasReduction = "EC.3.4";

    /// <summary>EC.4.1 — Regional assessment of the Millennium Development Goals.</summary>
    public const string MdgAssessment = "EC.4.1";

    /// <summary>EC.4.2 — Accelerating the MDGs in Cambodia, Lao PDR, Myanmar and Viet Nam.</summary>
    public const string MdgAcceleration = "EC.4.2";

    /// <summary>EC.4.3 — Data and statistics for the post-2015 development framework.</summary>
    public const string DevelopmentStatistics = "EC.4.3";

    /// <summary>EC.5.1 — Complementarities between the ASEAN Community Vision 2025 and the 2030 Agenda.</summary>
    public const string Agenda2030Complementarity = "EC.5.1";

    /// <summary>SC.1.1 — Social protection and social welfare.</summary>
    public const string SocialProtection = "SC.1.1";

    /// <summary>SC.1.2 — Children: survival, development, protection and nutrition.</summary>
    public const string Children = "SC.1.2";

    /// <summary>SC.1.3 — Public health, HIV/AIDS and communicable diseases.</summary>
    public const string PublicHealth = "SC.1.3";

    /// <summary>SC.1.4 — Gender equality and the elimination of violence against women.</summary>
    public const string GenderEquality = "SC.1.4";

    /// <summary>SC.1.5 — Labour and the rights of migrant workers.</summary>
    public const string MigrantWorkers = "SC.1.5";

    /// <summary>SC.2.1 — Climate change.</summary>
    public const string ClimateChange = "SC.2.1";

    /// <summary>SC.2.2 — Environment, green economy and sustainable cities.</summary>
    public const string Environment = "SC.2.2";

    /// <summary>SC.2.3 — Disaster risk management and emergency response.</summary>
    public const string DisasterManagement = "SC.2.3";

    /// <summary>SC.3.1 — Culture.</summary>
    public const string Culture = "SC.3.1";

    /// <summary>SC.3.2 — Education.</summary>
    public const string Education = "SC.3.2";

    /// <summary>SS.1.1 — Secretariat-to-Secretariat meetings and joint monitoring and reporting.</summary>
    public const string SecretariatMeetings = "SS.1.1";

    /// <summary>SS.1.2 — UN liaison presence with ASEAN in Jakarta.</summary>
    public const string LiaisonPresence = "SS.1.2";

    /// <summary>SS.1.3 — Administrative and institutional support to the ASEAN Secretariat.</summary>
    public const string InstitutionalSupport = "SS.1.3";
}
