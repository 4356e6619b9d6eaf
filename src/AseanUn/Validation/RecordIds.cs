using AseanUn.Model;
using AseanUn.Rules;

namespace AseanUn.Validation;

/// <summary>The shapes record ids must have: codes for pillars, areas and action lines, kebab-case for everything else.</summary>
/// <remarks>
/// The whole id must have the shape: nothing before or after it, not even a final line feed (which a regular
/// expression ending in <c>$</c> would let through). The code shape is the one the analyzers check, from the shared
/// <see cref="CodeRules"/>.
/// </remarks>
internal static class RecordIds
{
    /// <summary>Returns a description of the shape an id under <paramref name="rule"/> must have, or <see langword="null"/> if <paramref name="id"/> has it.</summary>
    public static string? ShapeProblem(RecordIdRule rule, string id) => rule switch
    {
        RecordIdRule.PillarCode => CodeRules.IsWellFormed(id, CodeRules.PillarParts) ? null : "a pillar code is two capital letters, e.g. 'SC'",
        RecordIdRule.AreaCode => CodeRules.IsWellFormed(id, CodeRules.AreaParts) ? null : "an area code is a pillar code, a dot and a number from 1 to 999 without leading zeros, e.g. 'SC.1'",
        RecordIdRule.ActionLineCode => CodeRules.IsWellFormed(id, CodeRules.ActionLineParts) ? null : "an action-line code is an area code, a dot and a number from 1 to 999 without leading zeros, e.g. 'SC.1.2'",
        _ => IsKebabCase(id) ? null : "an id is lower-case kebab-case: letters and digits in groups joined by '-', e.g. 'summit-4'",
    };

    /// <summary>Returns whether <paramref name="id"/> is groups of lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var fits = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }
}
