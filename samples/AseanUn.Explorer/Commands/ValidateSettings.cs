using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The file <c>validate</c> checks, and whether to check it on its own or merged into the dataset (the built-in one or a stack).</summary>
internal sealed class ValidateSettings : ListingSettings
{
    /// <summary>Gets or sets the path of the JSON document.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A JSON document in the interchange format (docs/data-format.md), or - to read it from standard input.")]
    public string File { get; set; } = "";

    /// <summary>Gets or sets whether to validate the document merged into the dataset; --with-layers or --layer imply it.</summary>
    [CommandOption("--merge")]
    [Description("Check the document as a layer on the dataset (e.g. a later report's records): its references may name the dataset's records, and its ids must not repeat theirs. Implied by --with-layers and --layer, which name the stack it goes on.")]
    public bool Merge { get; set; }
}
