using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>Draws a <see cref="Listing"/> on a terminal as a bordered table fitted to its width.</summary>
internal static class ListingTable
{
    // On a narrow terminal dates and codes stay whole (they are short); other columns wrap, since a table whose
    // unwrappable columns overflow the width is drawn as a bare ellipsis.
    private static readonly HashSet<string> WholeColumns = ["Date", "Code"];

    /// <summary>Draws <paramref name="listing"/> on <paramref name="console"/>.</summary>
    public static void Write(Listing listing, RichConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (listing.Title is not null)
        {
            table.Title(Markup.Escape(listing.Title));
        }

        foreach (var header in listing.Headers)
        {
            var column = new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)));
            table.AddColumn(WholeColumns.Contains(header) ? column.NoWrap() : column);
        }

        foreach (var row in listing.Rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        console.Write(table);
    }
}
