using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Rules;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Rows of text under column headers, drawn as a bordered table on a terminal or as aligned plain columns when the
/// output is redirected, so commands build their rows once whatever the layout. Cells and the title come from data,
/// so their control characters are escaped (<see cref="ReadableText.Escape"/>) as they are added.
/// </summary>
/// <param name="headers">The column headers.</param>
internal sealed class Listing(params string[] headers)
{
    private const string ColumnGap = "  ";
    private readonly List<string[]> _rows = [];

    private readonly string? _title;

    /// <summary>Gets or sets a heading drawn above the rows.</summary>
    public string? Title
    {
        get => _title;
        init => _title = value is null ? null : ReadableText.Escape(value);
    }

    /// <summary>Gets the column headers.</summary>
    public IReadOnlyList<string> Headers => headers;

    /// <summary>Gets the rows, each a cell per header.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; missing cells are blank.</summary>
    public Listing Add(params string?[] cells)
    {
        var row = new string[headers.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = i < cells.Length ? ReadableText.Escape(cells[i] ?? "") : "";
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Writes the listing in the context's layout.</summary>
    public void WriteTo(ExplorerContext context)
    {
        if (context.Layout == OutputLayout.Rich)
        {
            ListingTable.Write(this, context.Rich);
        }
        else
        {
            context.Out.Write(ToPlainText());
        }
    }

    /// <summary>Returns the listing as aligned columns, a dashed rule under the headers, no trailing spaces.</summary>
    public string ToPlainText()
    {
        var widths = new int[headers.Length];
        foreach (var row in _rows.Prepend(headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var text = new StringBuilder();
        if (Title is not null)
        {
            text.Append(Title).Append('\n');
        }

        AppendRow(text, headers, widths);
        AppendRow(text, Array.ConvertAll(widths, w => new string('-', w)), widths);
        foreach (var row in _rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(cells[i].PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                line.Append(ColumnGap);
            }
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
