using AseanUn.Authoring;
using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // The lines are the distinct kinds of work each area's paragraphs describe; names are the project's own.
    private static ActionLine[] ActionLines() =>
    [
        Line(ActionLineCodes.AseanLedMechanisms, AreaCodes.PeaceAndSecurity, "UN contributions to ASEAN-led mechanisms", 15),
        Line(ActionLineCodes.Peacekeeping, AreaCodes.PeaceAndSecurity, "Peacekeeping and post-conflict peace-building", 16),
        Line(ActionLineCodes.ConflictPrevention, AreaCodes.PeaceAndSecurity, "Conflict prevention and preventive diplomacy", 16),
        Line(ActionLineCodes.Mediation, AreaCodes.PeaceAndSecurity, "Mediation and peace operations with regional organisations", 17),
        Line(ActionLineCodes.TransnationalCrime, AreaCodes.PeaceAndSecurity, "Transnational crime and terrorism", 18),
        Line(ActionLineCodes.Disarmament, AreaCodes.PeaceAndSecurity, "Disarmament", 13),
        Line(ActionLineCodes.HumanRightsCapacity, AreaCodes.HumanRightsPromotion, "Human-rights capacity building and information sharing", 19),
        Line(ActionLineCodes.HumanRightsConsultations, AreaCodes.HumanRightsPromotion, "Consultations among human-rights bodies", 20),
        Line(ActionLineCodes.TransportConnectivity, AreaCodes.ConnectivityAndIntegration, "Transport connectivity", 21),
        Line(ActionLineCodes.IctConnectivity, AreaCodes.ConnectivityAndIntegration, "ICT connectivity", 21),
        Line(ActionLineCodes.EconomicIntegration, AreaCodes.EconomyAndDevelopment, "Economic integration and regulatory frameworks", 22),
        Line(ActionLineCodes.SmeCompetitiveness, AreaCodes.EconomyAndDevelopment, "Competitiveness of enterprises and SMEs", 22),
        Line(ActionLineCodes.InclusiveDevelopment, AreaCodes.EconomyAndDevelopment, "Inclusive development and economic empowerment of women and youth", 22),
        Line(ActionLineCodes.TradeAndValueChains, AreaCodes.EconomyAndDevelopment, "Trade, investment and value chains", 22),
        Line(ActionLineCodes.FoodSecurity, AreaCodes.FoodAndEnergySecurity, "Food security", 23),
        Line(ActionLineCodes.FoodSafety, AreaCodes.FoodAndEnergySecurity, "Food safety and competitiveness of food commodities", 23),
        Line(ActionLineCodes.EnergySecurity, AreaCodes.FoodAndEnergySecurity, "Energy security", 24),
        Line(ActionLineCodes.GreenhouseGasReduction, AreaCodes.FoodAndEnergySecurity, "Greenhouse gas emission reduction", 24),
        Line(ActionLineCodes.MdgAssessment, AreaCodes.MdgsAndDevelopmentGap, "Regional MDG assessment", 25),
        Line(ActionLineCodes.MdgAcceleration, AreaCodes.MdgsAndDevelopmentGap, "Accelerating the MDGs in CLMV", 26),
        Line(ActionLineCodes.DevelopmentStatistics, AreaCodes.MdgsAndDevelopmentGap, "Data and statistics for the post-2015 development framework", 26),
        Line(ActionLineCodes.Agenda2030Complementarity, AreaCodes.Agenda2030, "Complementarities between ASEAN Community Vision 2025 and the 2030 Agenda", 27),
        Line(ActionLineCodes.SocialProtection, AreaCodes.HumanDevelopmentAndSocialWelfare, "Social protection and social welfare", 28),
        Line(ActionLineCodes.Children, AreaCodes.HumanDevelopmentAndSocialWelfare, "Children", 28, 31),
        Line(ActionLineCodes.PublicHealth, AreaCodes.HumanDevelopmentAndSocialWelfare, "Public health and HIV/AIDS", 29),
        Line(ActionLineCodes.GenderEquality, AreaCodes.HumanDevelopmentAndSocialWelfare, "Gender equality and violence against women", 30),
        Line(ActionLineCodes.MigrantWorkers, AreaCodes.HumanDevelopmentAndSocialWelfare, "Labour and migrant workers", 32),
        Line(ActionLineCodes.ClimateChange, AreaCodes.EnvironmentClimateAndDisasters, "Climate change", 33, 34),
        Line(ActionLineCodes.Environment, AreaCodes.EnvironmentClimateAndDisasters, "Environment, green economy and sustainable cities", 34),
        Line(ActionLineCodes.DisasterManagement, AreaCodes.EnvironmentClimateAndDisasters, "Disaster risk management", 35),
        Line(ActionLineCodes.Culture, AreaCodes.CultureAndEducation, "Culture", 36),
        Line(ActionLineCodes.Education, AreaCodes.CultureAndEducation, "Education", 37),
        Line(ActionLineCodes.SecretariatMeetings, AreaCodes.SecretariatCooperation, "S2S meetings, monitoring and reporting", 38, 39),
        Line(ActionLineCodes.LiaisonPresence, AreaCodes.SecretariatCooperation, "UN liaison presence in Jakarta", 40),
        Line(ActionLineCodes.InstitutionalSupport, AreaCodes.SecretariatCooperation, "Administrative and institutional support", 41),
    ];

    private static ActionLine Line([RecordId] string code, [RecordReference(typeof(Area))] string area, string name, params int[] paragraphs) =>
        new() { Id = code, AreaCode = area, Name = name, Sources = Cite.Paragraphs(paragraphs) };
}
