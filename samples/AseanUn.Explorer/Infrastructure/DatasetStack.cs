using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Commands;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Builds the dataset a command reads, in one place for every command: the built-in dataset, then the shipped layers
/// when asked (<see cref="Partnership.WithLayers"/>), then each layer file in the order given. A file that does not
/// merge stops the command (exit code 1) with its first problem as <c>file(line,column): path: message</c> and the
/// <c>validate</c> line that lists them all; nothing is half-applied, since the library merges a file whole or not at all.
/// </summary>
internal static class DatasetStack
{
    /// <summary>Returns the stack <paramref name="settings"/> names on top of the explorer's built-in dataset.</summary>
    /// <exception cref="ExplorerException">A layer file cannot be read or has problems.</exception>
    public static PartnershipDataset Build(ExplorerContext context, StackSettings settings) =>
        Build(context, settings.WithLayers, settings.LayerFiles);

    /// <summary>Returns the built-in dataset, with the shipped layers if <paramref name="withLayers"/>, and <paramref name="layers"/> merged on top in order.</summary>
    /// <exception cref="ExplorerException">A layer file cannot be read or has problems.</exception>
    public static PartnershipDataset Build(ExplorerContext context, bool withLayers, IReadOnlyList<string> layers)
    {
        var dataset = withLayers ? Partnership.WithLayers : context.BuiltIn;
        for (var i = 0; i < layers.Count; i++)
        {
            var below = StackOptions(withLayers, layers.Take(i));
            dataset = Load(context, dataset, layers[i], $"validate{below} {layers[i]} --merge");
        }

        return dataset;
    }

    /// <summary>
    /// Returns the stack a layer that names no stack on the command line is checked on: the one its
    /// <c>layer.requires</c> names. The built-in dataset when it requires only that edition, else the shipped stack; a
    /// requirement neither holds is left for the library to report (<c>MissingRequirement</c>, at the item).
    /// </summary>
    public static (PartnershipDataset Stack, string Description) Required(ExplorerContext context, IReadOnlyList<string> editions) =>
        editions.All(e => e == context.BuiltIn.Edition)
            ? (context.BuiltIn, "the stack it requires, the built-in dataset")
            : (Partnership.WithLayers, "the stack it requires, the built-in dataset with its shipped layers");

    /// <summary>
    /// Reads the file a command is given (<c>report FILE</c>, <c>diff FILE</c>): merged on top of the stack the command
    /// line built when <paramref name="onTop"/>, else on its own.
    /// </summary>
    /// <exception cref="ExplorerException">The file cannot be read or has problems.</exception>
    public static PartnershipDataset Document(ExplorerContext context, StackSettings settings, string path, bool onTop) => onTop
        ? Load(context, context.Dataset, path, $"validate{StackOptions(settings.WithLayers, settings.LayerFiles)} {path} --merge")
        : Load(context, null, path, $"validate {path}");

    // Merges (or, without a stack, imports) the file; one with problems ends the command, pointing at the validate
    // command line that lists them.
    private static PartnershipDataset Load(ExplorerContext context, PartnershipDataset? stack, string path, string validate)
    {
        var name = ExplorerFiles.DocumentName(path);
        var json = ExplorerFiles.ReadAll(context, path);
        var result = stack is null ? DatasetJson.TryImport(json, name) : DatasetJson.TryMerge(stack, json, name);
        if (result.Dataset is { } dataset)
        {
            return dataset;
        }

        // The first problem as the library words it, with where; the rest are one validate away.
        var more = result.Problems.Count - 1;
        var rest = more == 0 ? "" : $" (and {more} more: '{validate.Replace(ExplorerFiles.StandardInput, "-", System.StringComparison.Ordinal)}' lists them all)";
        throw ExplorerException.Invalid($"{result.Problems[0]}{rest}{ShippedHint(stack, json)}");
    }

    /// <summary>Names the stack <paramref name="settings"/> builds, for messages: <c>the built-in dataset with its shipped layers and 2 layer files</c>.</summary>
    public static string Describe(StackSettings settings)
    {
        var files = settings.LayerFiles.Count;
        var shipped = settings.WithLayers ? " with its shipped layers" : "";
        var added = files == 0 ? "" : $"{(settings.WithLayers ? " and" : " with")} {files} layer {(files == 1 ? "file" : "files")}";
        return $"the built-in dataset{shipped}{added}";
    }

    /// <summary>
    /// Returns <c>; the shipped layers hold 'EDITION': add --with-layers</c> when the layer <paramref name="json"/>
    /// requires a shipped edition that <paramref name="stack"/> lacks (the library cannot know the option to name),
    /// else nothing.
    /// </summary>
    public static string ShippedHint(PartnershipDataset? stack, byte[] json)
    {
        if (stack is null)
        {
            return "";
        }

        var held = stack.Layers.Select(l => l.Edition).Append(stack.BaseEdition).ToHashSet();
        var shipped = Partnership.WithLayers.Layers.Select(l => l.Edition).ToHashSet();
        var missing = LayerRequirements.Of(json).Where(e => !held.Contains(e) && shipped.Contains(e)).ToList();
        return missing.Count == 0 ? "" : $"; the shipped layers hold '{string.Join("', '", missing)}': add --with-layers";
    }

    // The command-line options that name a stack, each with a leading space: " --with-layers --layer a.json".
    private static string StackOptions(bool withLayers, IEnumerable<string> layers) =>
        string.Concat((withLayers ? [" --with-layers"] : (IEnumerable<string>)[]).Concat(layers.Select(l => $" --layer {l}")));
}
