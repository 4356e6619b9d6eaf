using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The file <c>validate</c> checks, and whether to check it on its own or merged into the built-in dataset.</summary>
internal sealed class ValidateSettings : ListingSettings
{
    /// <summary>Gets or sets the path of the JSON document.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A JSON document in the interchange format (docs/data-format.md), or - to read it from standard input.")]
    public string File { get; set; } = "";

    /// <summary>Gets or sets whether to validate the document merged into the built-in dataset.</summary>
    [CommandOption("--merge")]
    [Description("Check the document as records added to the built-in dataset (e.g. a later report's): its references may name built-in records, and its ids must not repeat theirs.")]
    public bool Merge { get; set; }
}
