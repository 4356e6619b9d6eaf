using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // One area per heading under a pillar: ten headings in the report. The Secretariat-to-Secretariat pillar has no
    // sub-heading, so its single area is constructed, carries the pillar's name and is marked inferred.
    private static Area[] Areas() =>
    [
        new Area { Id = AreaCodes.PeaceAndSecurity, PillarCode = PillarCodes.PoliticalSecurity, Name = "Peace and Security", Sources = Cite.Paragraphs(15, 16, 17, 18) },
        new Area { Id = AreaCodes.HumanRightsPromotion, PillarCode = PillarCodes.PoliticalSecurity, Name = "Human Rights Promotion", Sources = Cite.Paragraphs(19, 20) },
        new Area { Id = AreaCodes.ConnectivityAndIntegration, PillarCode = PillarCodes.Economic, Name = "Connectivity and Integration", Sources = Cite.Paragraphs(21) },
        new Area { Id = AreaCodes.EconomyAndDevelopment, PillarCode = PillarCodes.Economic, Name = "Economy and Development", Sources = Cite.Paragraphs(22) },
        new Area { Id = AreaCodes.FoodAndEnergySecurity, PillarCode = PillarCodes.Economic, Name = "Food and Energy Security", Sources = Cite.Paragraphs(23, 24) },
        new Area { Id = AreaCodes.MdgsAndDevelopmentGap, PillarCode = PillarCodes.Economic, Name = "Attainment of the MDGs and Narrowing the Development Gap", Sources = Cite.Paragraphs(25, 26) },
        new Area { Id = AreaCodes.Agenda2030, PillarCode = PillarCodes.Economic, Name = "Cooperation to Implement the 2030 Agenda for Sustainable Development", Sources = Cite.Paragraphs(27) },
        new Area { Id = AreaCodes.HumanDevelopmentAndSocialWelfare, PillarCode = PillarCodes.SocioCultural, Name = "Human Development and Social Welfare", Sources = Cite.Paragraphs(28, 29, 30, 31, 32) },
        new Area { Id = AreaCodes.EnvironmentClimateAndDisasters, PillarCode = PillarCodes.SocioCultural, Name = "Environment, Climate Change and Disaster Risk Management", Sources = Cite.Paragraphs(33, 34, 35) },
        new Area { Id = AreaCodes.CultureAndEducation, PillarCode = PillarCodes.SocioCultural, Name = "Culture and Education", Sources = Cite.Paragraphs(36, 37) },
        new Area
        {
            Id = AreaCodes.SecretariatCooperation,
            PillarCode = PillarCodes.SecretariatToSecretariat,
            Name = "Secretariat-to-Secretariat Cooperation",
            Inferences = [new(nameof(Area.Name), "The pillar has no sub-heading in the report; this one area is constructed and carries the pillar's name.")],
            Sources = Cite.Paragraphs(38, 39, 40, 41),
        },
    ];
}
