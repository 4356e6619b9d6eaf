using System.Text.RegularExpressions;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>The shapes record ids must have: codes for pillars, areas and action lines, kebab-case for everything else.</summary>
internal static partial class RecordIds
{
    /// <summary>Returns a description of the shape <paramref name="record"/>'s id must have, or <see langword="null"/> if it has it.</summary>
    public static string? ShapeProblem(PartnershipRecord record) => record switch
    {
        Pillar when !PillarCode().IsMatch(record.Id) => "a pillar code is two capital letters, e.g. 'SC'",
        Area when !AreaCode().IsMatch(record.Id) => "an area code is a pillar code, a dot and a number, e.g. 'SC.1'",
        ActionLine when !ActionLineCode().IsMatch(record.Id) => "an action-line code is an area code, a dot and a number, e.g. 'SC.1.2'",
        Pillar or Area or ActionLine => null,
        _ when !KebabCase().IsMatch(record.Id) => "an id is lower-case kebab-case: letters and digits in groups joined by '-', e.g. 'summit-4'",
        _ => null,
    };

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PillarCode();

    [GeneratedRegex(@"^[A-Z]{2}\.[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCode();

    [GeneratedRegex(@"^[A-Z]{2}\.[1-9][0-9]*\.[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionLineCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
