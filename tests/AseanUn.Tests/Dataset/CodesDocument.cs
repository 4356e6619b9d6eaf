using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// Renders <c>docs/codes.md</c> from the vocabulary records and the code constants, so the table cannot drift from the
/// data. The prose is <see cref="Introduction"/> (extend it there); the tables follow, one per pillar, then the notes.
/// </summary>
internal static class CodesDocument
{
    public const string RelativePath = "docs/codes.md";

    /// <summary>The page's opening: what the codes are and how to use them.</summary>
    public const string Introduction = """
        # Codes

        <!-- Generated from the built-in dataset by tests/AseanUn.Tests/Dataset/CodesDocumentTests.cs; do not edit by hand.
             To regenerate: ASEANUN_WRITE_DOCS=1 dotnet test tests/AseanUn.Tests --filter CodesDocumentTests -->

        AseanUn classifies ASEAN-UN cooperation in four **pillars**, each divided into **areas** and each area into
        **action lines**. The pillars and areas are the report's; the action lines are AseanUn's own reading of it, not
        the partnership's. Every level has a stable code, which is also the record id:

        - pillar: two capital letters, `SC`;
        - area: the pillar code, a dot and a number, `SC.1`;
        - action line: the area code, a dot and a number, `SC.1.2`.

        Use the constants in `PillarCodes`, `AreaCodes` and `ActionLineCodes` rather than string literals; the
        analyzers check literals against this vocabulary. Each entry is worded once, in the dataset's pillar, area and
        action-line records (`src/AseanUn/Data`); this page and the constants' documentation are rendered from them.
        Codes are never reused or renumbered: a line whose work has moved on stays, marked as superseded by its
        successor. "Paragraphs" are the paragraphs of the *Overview of ASEAN-UN Cooperation* each entry comes from.

        """;

    public static string Render(PartnershipDataset data)
    {
        var constants = ConstantNames();
        var text = new StringBuilder();
        text.Append(Introduction);
        var classification = data.Classification;
        text.Append($"""

            ## Classification

            *{classification.Name}*, version {classification.Version} (`PartnershipDataset.Classification`).

            | Level | Basis |
            |---|---|
            | Pillars | {classification.PillarsBasis} |
            | Areas | {classification.AreasBasis} |
            | Action lines | {classification.ActionLinesBasis} |

            """);
        foreach (var pillar in data.Pillars)
        {
            text.Append('\n').Append($"## {pillar.Name} (`{pillar.Code}`)\n\n");
            text.Append($"Constant `{constants[pillar.Code]}`; paragraphs {Paragraphs(pillar)}.\n\n");
            text.Append("| Code | Constant | Name | Paragraphs |\n");
            text.Append("|---|---|---|---|\n");
            foreach (var area in data.Areas.Where(a => a.PillarCode == pillar.Code))
            {
                text.Append($"| **`{area.Code}`** | `{constants[area.Code]}` | **{area.Name}** | {Paragraphs(area)} |\n");
                foreach (var line in data.ActionLines.Where(l => l.AreaCode == area.Code))
                {
                    var name = line.SupersededBy is { } successor ? $"{line.Name} — *superseded by `{successor}`*" : line.Name;
                    text.Append($"| `{line.Code}` | `{constants[line.Code]}` | {name} | {Paragraphs(line)} |\n");
                }
            }
        }

        var noted = data.ActionLines.Where(l => l.Note is not null).ToList();
        if (noted.Count > 0)
        {
            text.Append("\n## Notes\n\n");
            foreach (var line in noted)
            {
                text.Append($"- `{line.Code}`: {line.Note}\n");
            }
        }

        return text.ToString();
    }

    private static string Paragraphs(PartnershipRecord record) => string.Join(", ", record.Sources.Select(c => c.Paragraph).Order());

    private static Dictionary<string, string> ConstantNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var holder in new[] { typeof(PillarCodes), typeof(AreaCodes), typeof(ActionLineCodes) })
        {
            foreach (var field in VocabularyTests.CodeConstants(holder))
            {
                names.Add((string)field.GetRawConstantValue()!, $"{holder.Name}.{field.Name}");
            }
        }

        return names;
    }
}
