using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>Where <c>chart</c> writes the SVG.</summary>
internal sealed class ChartSettings : StackSettings
{
    /// <summary>Gets or sets the file to write; standard output when not given.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The SVG file to write (replaced if it exists); without it the SVG goes to standard output.")]
    public string? Out { get; set; }
}
