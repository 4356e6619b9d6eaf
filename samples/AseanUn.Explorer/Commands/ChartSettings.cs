using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>Where <c>chart</c> writes the SVG.</summary>
internal sealed class ChartSettings : StackSettings
{
    /// <summary>Gets the options of <c>chart</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. StackSettings.Options,
        OptionDefinition.Value<ChartSettings>(
            "-o|--out", "FILE", "The SVG file to write (replaced if it exists); without it the SVG goes to standard output.", (s, v) => s.Out = v),
    ];

    /// <summary>Gets or sets the file to write; standard output when not given.</summary>
    public string? Out { get; set; }
}
