using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The file <c>validate</c> checks, and whether to check it on its own or merged into the dataset (the built-in one or a stack).</summary>
internal sealed class ValidateSettings : ListingSettings
{
    /// <summary>Gets the arguments of <c>validate</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Required<ValidateSettings>(
            "FILE", "A JSON document in the interchange format (docs/data-format.md), or - to read it from standard input.", (s, v) => s.File = v),
    ];

    /// <summary>Gets the options of <c>validate</c>.</summary>
    public static new IReadOnlyList<OptionDefinition> Options { get; } =
    [
        .. ListingSettings.Options,
        OptionDefinition.Flag<ValidateSettings>(
            "--merge",
            "Check the document as a layer on the dataset (e.g. a later report's records): its references may name the dataset's records, and its ids must not repeat theirs. Implied by --with-layers and --layer, which name the stack it goes on.",
            s => s.Merge = true),
    ];

    /// <summary>Gets or sets the path of the JSON document.</summary>
    public string File { get; set; } = "";

    /// <summary>Gets or sets whether to validate the document merged into the dataset; --with-layers or --layer imply it.</summary>
    public bool Merge { get; set; }
}
