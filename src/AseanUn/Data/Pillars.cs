using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    // The four spheres named by the Joint Declaration (¶6); the report's section headings (¶14) give the names.
    private static Pillar[] Pillars() =>
    [
        new Pillar { Id = PillarCodes.PoliticalSecurity, Name = "Political-Security Cooperation", Sources = Cite.Paragraphs(6, 14, 15) },
        new Pillar { Id = PillarCodes.Economic, Name = "Economic Cooperation", Sources = Cite.Paragraphs(6, 14, 22) },
        new Pillar { Id = PillarCodes.SocioCultural, Name = "Socio-Cultural Cooperation", Sources = Cite.Paragraphs(6, 14, 28) },
        new Pillar { Id = PillarCodes.SecretariatToSecretariat, Name = "Secretariat-to-Secretariat Cooperation", Sources = Cite.Paragraphs(6, 14, 38) },
    ];
}
