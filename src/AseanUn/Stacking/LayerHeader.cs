using AseanUn.Collections;

namespace AseanUn.Stacking;

/// <summary>The optional <c>layer</c> object of a merge file: the layer's name and the editions it builds on.</summary>
internal sealed class LayerHeader
{
    /// <summary>Gets the layer's name; left out, the file name without <c>.json</c>, else the edition.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the editions that must already be in the stack the layer is merged onto.</summary>
    public EquatableArray<string> Requires { get; init; }
}
