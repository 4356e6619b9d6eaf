using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// The options every command that reads the dataset has: which stack it reads. The built-in dataset, then the layers
/// shipped in the library if asked, then each layer file in the order given; <see cref="Infrastructure.DatasetStack"/>
/// builds it before the command runs.
/// </summary>
internal class StackSettings : CommandSettings
{
    private readonly List<string> _layers = [];

    /// <summary>Gets the options that name the stack, which every command but <c>help</c> takes.</summary>
    public static IReadOnlyList<OptionDefinition> Options { get; } =
    [
        OptionDefinition.Flag<StackSettings>(
            "--with-layers",
            "Read the built-in dataset with the layers shipped in the library: later documents, merged before any --layer ('layers --with-layers' lists them).",
            s => s.WithLayers = true),
        OptionDefinition.Repeated<StackSettings>(
            "--layer", "FILE",
            "A layer file (a merge file, docs/data-format.md) merged on top of the dataset; repeat it to stack several, merged in the order given.",
            (s, file) => s._layers.Add(file)),
    ];

    /// <summary>Gets or sets whether the stack starts from the built-in dataset with its shipped layers (<see cref="Partnership.WithLayers"/>).</summary>
    public bool WithLayers { get; set; }

    /// <summary>Gets the layer files to merge on top, in order; none when not given.</summary>
    public IReadOnlyList<string> LayerFiles => _layers;

    /// <summary>Gets whether any option asks for more than the built-in dataset.</summary>
    public bool HasStack => WithLayers || LayerFiles.Count > 0;
}
