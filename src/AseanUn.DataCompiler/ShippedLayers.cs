using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Json;
using AseanUn.Stacking;

namespace AseanUn.DataCompiler;

/// <summary>
/// The layers shipped in the library (<c>src/AseanUn/Layers/*.json</c>), merged onto the built-in dataset with the
/// library's own JSON reader, in the order <see cref="Partnership.LayerNames"/> documents: by as-of date, then name.
/// </summary>
internal static class ShippedLayers
{
    /// <summary>Returns the layer files of <paramref name="directory"/> in the order the library merges them.</summary>
    public static List<string> Files(string directory) => LayerOrder.OfFiles(Directory.EnumerateFiles(directory, "*.json"));

    /// <summary>
    /// Merges every layer onto <paramref name="builtIn"/>; returns the layered dataset, or <see langword="null"/> after
    /// adding one error line per problem to <paramref name="errors"/>, at the file, line and column of the value, with
    /// its JSON path. The first broken layer stops the merge: the layers after it would be merged onto the wrong base.
    /// </summary>
    public static PartnershipDataset? Merge(PartnershipDataset builtIn, IEnumerable<string> files, List<string> errors)
    {
        var dataset = builtIn;
        foreach (var file in files)
        {
            var result = DatasetJson.TryMergeFile(dataset, file);
            if (result.Dataset is not { } merged)
            {
                errors.AddRange(result.Problems.Select(p => ProblemLine.Of(ProblemLine.Origin(Path.GetFullPath(file), p.Line, p.Column), p)));
                return null;
            }

            dataset = merged;
        }

        return dataset;
    }
}
