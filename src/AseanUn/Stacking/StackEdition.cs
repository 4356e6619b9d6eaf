using System;
using System.Text;
using AseanUn.Collections;

namespace AseanUn.Stacking;

/// <summary>The name of a stack: its base edition, then each layer's edition in order, e.g. <c>2017-03 + 2017-11-9th-asean-un-summit</c>.</summary>
internal static class StackEdition
{
    private const string Separator = " + ";

    /// <summary>Returns the name of the stack of <paramref name="layers"/> over <paramref name="baseEdition"/>.</summary>
    public static string Of(string baseEdition, EquatableArray<DatasetLayer> layers)
    {
        var name = new StringBuilder(baseEdition);
        foreach (var layer in layers)
        {
            name.Append(Separator).Append(layer.Edition);
        }

        return name.ToString();
    }

    /// <summary>
    /// Returns the base edition of an exported stack named <paramref name="edition"/> with <paramref name="layers"/>: the
    /// name without the layers' editions, or the whole name when it does not end with them (a hand-renamed export).
    /// </summary>
    public static string BaseOf(string edition, EquatableArray<DatasetLayer> layers)
    {
        var suffix = Of("", layers);
        return layers.IsEmpty || !edition.EndsWith(suffix, StringComparison.Ordinal) || edition.Length == suffix.Length
            ? edition
            : edition[..^suffix.Length];
    }
}
