using System.Collections.Generic;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using Spectre.Console;

namespace AseanUn.Explorer.Commands;

/// <summary>Draws the pillars on a terminal as a tree pillar → area → action line, with the records tagged under each.</summary>
internal static class PillarsTree
{
    /// <summary>Draws <paramref name="pillars"/> on <paramref name="console"/>.</summary>
    public static void Write(IReadOnlyList<PillarItem> pillars, RichConsole console)
    {
        var root = new Tree($"[bold]Pillars, areas and action lines[/] (records tagged under each)");
        foreach (var pillar in pillars)
        {
            AddNode(root.AddNode(Label(pillar, bold: true)), pillar.Children);
        }

        console.Write(root);
    }

    private static string Label(PillarItem item, bool bold = false)
    {
        var code = Markup.Escape(item.Code);
        return $"{(bold ? $"[bold]{code}[/]" : code)}  {Markup.Escape(PillarsCommand.NameOf(item))} [grey]({item.Records})[/]";
    }

    private static void AddNode(IHasTreeNodes parent, IReadOnlyList<PillarItem>? children)
    {
        foreach (var child in children ?? [])
        {
            AddNode(parent.AddNode(Label(child)), child.Children);
        }
    }
}
