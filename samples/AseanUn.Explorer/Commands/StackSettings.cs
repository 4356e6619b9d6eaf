using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// The options every command that reads the dataset has: which stack it reads. The built-in dataset, then the layers
/// shipped in the library if asked, then each layer file in the order given; <see cref="Infrastructure.DatasetStack"/>
/// builds it before the command runs.
/// </summary>
internal class StackSettings : CommandSettings
{
    /// <summary>Gets or sets whether the stack starts from the built-in dataset with its shipped layers (<see cref="Partnership.WithLayers"/>).</summary>
    [CommandOption("--with-layers")]
    [Description("Read the built-in dataset with the layers shipped in the library: later documents, merged before any --layer ('layers --with-layers' lists them).")]
    public bool WithLayers { get; set; }

    /// <summary>Gets or sets the layer files to merge on top, in order; repeatable.</summary>
    [CommandOption("--layer <FILE>")]
    [Description("A layer file (a merge file, docs/data-format.md) merged on top of the dataset; repeat it to stack several, merged in the order given.")]
    public string[]? Layers { get; set; }

    /// <summary>Gets the layer files, none when not given.</summary>
    public string[] LayerFiles => Layers ?? [];

    /// <summary>Gets whether any option asks for more than the built-in dataset.</summary>
    public bool HasStack => WithLayers || LayerFiles.Length > 0;
}
