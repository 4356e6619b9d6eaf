using System.Text.RegularExpressions;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>The shapes record ids must have: codes for pillars, areas and action lines, kebab-case for everything else.</summary>
internal static partial class RecordIds
{
    /// <summary>Returns a description of the shape an id under <paramref name="rule"/> must have, or <see langword="null"/> if <paramref name="id"/> has it.</summary>
    public static string? ShapeProblem(RecordIdRule rule, string id) => rule switch
    {
        RecordIdRule.PillarCode => PillarCode().IsMatch(id) ? null : "a pillar code is two capital letters, e.g. 'SC'",
        RecordIdRule.AreaCode => AreaCode().IsMatch(id) ? null : "an area code is a pillar code, a dot and a number, e.g. 'SC.1'",
        RecordIdRule.ActionLineCode => ActionLineCode().IsMatch(id) ? null : "an action-line code is an area code, a dot and a number, e.g. 'SC.1.2'",
        _ => KebabCase().IsMatch(id) ? null : "an id is lower-case kebab-case: letters and digits in groups joined by '-', e.g. 'summit-4'",
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
