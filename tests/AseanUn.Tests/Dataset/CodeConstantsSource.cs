using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// Renders the code-constant classes (<c>PillarCodes</c>, <c>AreaCodes</c>, <c>ActionLineCodes</c>) from the vocabulary
/// records: each constant's documentation and <see cref="SupersededByAttribute"/> come from its record, so the
/// wording of a pillar, area or action line is written once, in <c>src/AseanUn/Data</c>. What the renderer keeps from
/// the source is each constant's name and value: the records use the constants for their ids.
/// </summary>
internal static class CodeConstantsSource
{
    /// <summary>The constant classes, with their files and the documentation of the class itself.</summary>
    public static readonly (Type Holder, string RelativePath, string ClassDocumentation)[] Classes =
    [
        (typeof(PillarCodes), "src/AseanUn/Codes/PillarCodes.cs", """
            /// <summary>
            /// The codes of the four cooperation pillars of the Joint Declaration on the Comprehensive Partnership between
            /// ASEAN and the UN. Use these constants instead of string literals; the analyzers check literals against them.
            /// </summary>
            /// <remarks>See <c>docs/codes.md</c> for the whole hierarchy of pillars, areas and action lines.</remarks>
            """),
        (typeof(AreaCodes), "src/AseanUn/Codes/AreaCodes.cs", """
            /// <summary>
            /// The codes of the areas of cooperation, one per heading of the report under each pillar.
            /// An area code is its pillar code, a dot and a number: <c>PS.1</c>.
            /// </summary>
            """),
        (typeof(ActionLineCodes), "src/AseanUn/Codes/ActionLineCodes.cs", """
            /// <summary>
            /// The codes of the action lines: the distinct lines of work inside each area. An action-line code is its area
            /// code, a dot and a number: <c>PS.1.2</c>. Use these constants instead of string literals; the analyzers check
            /// literals against them and offer to replace a literal with its constant.
            /// </summary>
            /// <remarks>
            /// Codes are stable: a line that is no longer pursued keeps its code and is marked with
            /// <see cref="SupersededByAttribute"/> naming its successor.
            /// </remarks>
            """),
    ];

    /// <summary>Renders the source file of <paramref name="holder"/> from <paramref name="data"/>'s vocabulary records.</summary>
    public static string Render(Type holder, PartnershipDataset data)
    {
        var names = ConstantNames(holder);
        var (_, _, classDocumentation) = Classes.Single(c => c.Holder == holder);
        IEnumerable<(string Code, string Documentation, string? Successor)> entries =
            holder == typeof(PillarCodes) ? data.Pillars.Select(p => (p.Code, $"{p.Code} — {p.Name}.", (string?)null))
            : holder == typeof(AreaCodes) ? data.Areas.Select(a => (a.Code, $"{a.Code} — {a.Name}, in the {data.GetPillar(a.PillarCode).Name} pillar.", (string?)null))
            : data.ActionLines.Select(l => (l.Code, l.SupersededBy is { } next ? $"{l.Code} — {l.Name}; superseded by <see cref=\"{names(next)}\"/>." : $"{l.Code} — {l.Name}.", l.SupersededBy));

        var text = new StringBuilder("namespace AseanUn;\n\n");
        text.Append(classDocumentation.ReplaceLineEndings("\n")).Append('\n');
        text.Append($"public static class {holder.Name}\n{{\n");
        var first = true;
        foreach (var (code, documentation, successor) in entries)
        {
            text.Append(first ? "" : "\n");
            text.Append($"    /// <summary>{documentation}</summary>\n");
            if (successor is not null)
            {
                text.Append($"    [SupersededBy({names(successor)})]\n");
            }

            text.Append($"    public const string {names(code)} = \"{code}\";\n");
            first = false;
        }

        return text.Append("}\n").ToString();
    }

    // The constant names by value; a code without a constant yet gets a placeholder name, so a regenerated file
    // shows where a name must be chosen (and the dataset source, which uses constants, shows the code is new).
    private static Func<string, string> ConstantNames(Type holder)
    {
        var names = VocabularyTests.CodeConstants(holder).ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);
        return code => names.TryGetValue(code, out var name) ? name : "NameThisConstant_" + code.Replace('.', '_');
    }
}
