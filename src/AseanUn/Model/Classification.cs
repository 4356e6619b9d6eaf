namespace AseanUn.Model;

/// <summary>
/// The code tree of pillars, areas and action lines, named and versioned, with what each level is based on: which
/// parts are the source report's structure and which are AseanUn's own reading of it.
/// </summary>
public sealed record Classification
{
    /// <summary>Gets the name of the classification.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the version; a change to a code, a name or a line's place in the tree gives a new version.</summary>
    public required string Version { get; init; }

    /// <summary>Gets what the pillars are based on.</summary>
    public required string PillarsBasis { get; init; }

    /// <summary>Gets what the areas are based on.</summary>
    public required string AreasBasis { get; init; }

    /// <summary>Gets what the action lines are based on.</summary>
    public required string ActionLinesBasis { get; init; }

    /// <summary>
    /// Gets the classification of this library version: the pillars and areas are the report's, the action lines are
    /// AseanUn's own, since the report refers to the Annex's "major action lines" (¶14) without listing them.
    /// </summary>
    public static Classification AseanUn { get; } = new()
    {
        Name = "AseanUn classification of ASEAN-UN cooperation",
        Version = "1.0",
        PillarsBasis = "The report's: the four spheres of cooperation of the Joint Declaration named in ¶6 (political-security, economic, "
            + "socio-cultural, secretariat-to-secretariat), which are also the report's section headings in part II.",
        AreasBasis = "The report's ten headings under the pillar headings of part II (¶15–¶37), e.g. \"Food and Energy Security\", and one area the "
            + "project constructs for the Secretariat-to-Secretariat pillar, which has no sub-heading (¶38–¶41) and lends the area its name.",
        ActionLinesBasis = "AseanUn's own: the distinct lines of work the project reads in each area's paragraphs. ¶14 says the Annex of the "
            + "Joint Declaration \"identifies major action lines\", but the report does not list them, so these are not the Annex's lines.",
    };

    /// <summary>Formats the classification as <c>name version</c>.</summary>
    public override string ToString() => $"{Name} {Version}";
}
