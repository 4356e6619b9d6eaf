namespace AseanUn;

/// <summary>
/// The codes of the action lines: the distinct lines of work inside each area. An action-line code is its area
/// code, a dot and a number: <c>PS.1.2</c>. Use these constants instead of string literals; the analyzers check
/// literals against them and offer to replace a literal with its constant.
/// </summary>
/// <remarks>
/// Codes are stable: a line that is no longer pursued keeps its code and is marked with
/// <see cref="SupersededByAttribute"/> naming its successor.
/// </remarks>
public static class ActionLineCodes
{
    /// <summary>PS.1.1 — UN contributions to ASEAN-led mechanisms.</summary>
    public const string AseanLedMechanisms = "PS.1.1";

    /// <summary>PS.1.2 — Peacekeeping and post-conflict peace-building.</summary>
    public const string Peacekeeping = "PS.1.2";

    /// <summary>PS.1.3 — Conflict prevention and preventive diplomacy.</summary>
    public const string ConflictPrevention = "PS.1.3";

    /// <summary>PS.1.4 — Mediation and peace operations with regional organisations.</summary>
    public const string Mediation = "PS.1.4";

    /// <summary>PS.1.5 — Transnational crime and terrorism.</summary>
    public const string TransnationalCrime = "PS.1.5";

    /// <summary>PS.1.6 — Disarmament.</summary>
    public const string Disarmament = "PS.1.6";

    /// <summary>PS.2.1 — Human-rights capacity building and information sharing.</summary>
    public const string HumanRightsCapacity = "PS.2.1";

    /// <summary>PS.2.2 — Consultations among human-rights bodies.</summary>
    public const string HumanRightsConsultations = "PS.2.2";

    /// <summary>EC.1.1 — Transport connectivity.</summary>
    public const string TransportConnectivity = "EC.1.1";

    /// <summary>EC.1.2 — ICT connectivity.</summary>
    public const string IctConnectivity = "EC.1.2";

    /// <summary>EC.2.1 — Economic integration and regulatory frameworks.</summary>
    public const string EconomicIntegration = "EC.2.1";

    /// <summary>EC.2.2 — Competitiveness of enterprises and SMEs.</summary>
    public const string SmeCompetitiveness = "EC.2.2";

    /// <summary>EC.2.3 — Inclusive development and economic empowerment of women and youth.</summary>
    public const string InclusiveDevelopment = "EC.2.3";

    /// <summary>EC.2.4 — Trade, investment and value chains.</summary>
    public const string TradeAndValueChains = "EC.2.4";

    /// <summary>EC.3.1 — Food security.</summary>
    public const string FoodSecurity = "EC.3.1";

    /// <summary>EC.3.2 — Food safety and competitiveness of food commodities.</summary>
    public const string FoodSafety = "EC.3.2";

    /// <summary>EC.3.3 — Energy security.</summary>
    public const string EnergySecurity = "EC.3.3";

    /// <summary>EC.3.4 — Greenhouse gas emission reduction.</summary>
    public const string GreenhouseGasReduction = "EC.3.4";

    /// <summary>EC.4.1 — Regional MDG assessment.</summary>
    public const string MdgAssessment = "EC.4.1";

    /// <summary>EC.4.2 — Accelerating the MDGs in CLMV.</summary>
    public const string MdgAcceleration = "EC.4.2";

    /// <summary>EC.4.3 — Data and statistics for the post-2015 development framework.</summary>
    public const string DevelopmentStatistics = "EC.4.3";

    /// <summary>EC.5.1 — Complementarities between ASEAN Community Vision 2025 and the 2030 Agenda.</summary>
    public const string Agenda2030Complementarity = "EC.5.1";

    /// <summary>SC.1.1 — Social protection and social welfare.</summary>
    public const string SocialProtection = "SC.1.1";

    /// <summary>SC.1.2 — Children.</summary>
    public const string Children = "SC.1.2";

    /// <summary>SC.1.3 — Public health and HIV/AIDS.</summary>
    public const string PublicHealth = "SC.1.3";

    /// <summary>SC.1.4 — Gender equality and violence against women.</summary>
    public const string GenderEquality = "SC.1.4";

    /// <summary>SC.1.5 — Labour and migrant workers.</summary>
    public const string MigrantWorkers = "SC.1.5";

    /// <summary>SC.2.1 — Climate change.</summary>
    public const string ClimateChange = "SC.2.1";

    /// <summary>SC.2.2 — Environment, green economy and sustainable cities.</summary>
    public const string Environment = "SC.2.2";

    /// <summary>SC.2.3 — Disaster risk management.</summary>
    public const string DisasterManagement = "SC.2.3";

    /// <summary>SC.3.1 — Culture.</summary>
    public const string Culture = "SC.3.1";

    /// <summary>SC.3.2 — Education.</summary>
    public const string Education = "SC.3.2";

    /// <summary>SS.1.1 — S2S meetings, monitoring and reporting.</summary>
    public const string SecretariatMeetings = "SS.1.1";

    /// <summary>SS.1.2 — UN liaison presence in Jakarta.</summary>
    public const string LiaisonPresence = "SS.1.2";

    /// <summary>SS.1.3 — Administrative and institutional support.</summary>
    public const string InstitutionalSupport = "SS.1.3";
}
