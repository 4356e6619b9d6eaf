namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// A dataset's edition as one line of output names it. A stack's full edition names every layer (about 700 characters
/// for the shipped stack), which <c>layers</c> lists; elsewhere a stack of several layers is named by its base, how
/// many layers it has and the last of them.
/// </summary>
internal static class EditionText
{
    /// <summary>Returns <paramref name="dataset"/>'s edition, shortened when it stacks more than one layer.</summary>
    public static string Of(PartnershipDataset dataset) => dataset.Layers.Count > 1
        ? $"{dataset.BaseEdition} + {dataset.Layers.Count} layers to {dataset.Layers[dataset.Layers.Count - 1].Edition}"
        : dataset.Edition;
}
