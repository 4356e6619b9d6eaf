using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// Checks a JSON document with the library's importer, alone or merged into the dataset (the built-in one or the stack
/// the command line names), and lists every
/// problem as <c>file:line:column: message</c>, the form editors and CI logs link to the spot. Lines are never wrapped,
/// even on a terminal, so each problem stays one line a tool can parse.
/// </summary>
internal sealed class ValidateCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(ValidateSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.File))
        {
            throw ExplorerException.Usage("Name the JSON file to validate.");
        }

        var file = ExplorerFiles.DocumentName(settings.File);

        // A stack named on the command line is what the document is checked on top of, as with --merge; without one,
        // a layer is checked on the stack its layer.requires names, and any other document on its own.
        var json = ExplorerFiles.ReadAll(context, settings.File);
        var (stack, stackName) = ((PartnershipDataset?)null, "");
        if (settings.Merge || settings.HasStack)
        {
            (stack, stackName) = (context.Dataset, DatasetStack.Describe(settings));
        }
        else if (LayerRequirements.HeaderOf(json) is { Requires.Count: > 0 } header)
        {
            (stack, stackName) = DatasetStack.Required(context, header.Requires);

            // Merged on a stack that already holds it, a shipped layer would clash with itself (every id "already
            // used"); the stack below it exists only in the library's build, which checks each layer in order.
            if (header.Name is { } name && stack.Layers.Any(l => l.Name == name))
            {
                throw ExplorerException.Usage(
                    $"'{name}' is a shipped layer, already in the stack it requires; the library's build checks each shipped layer on the layers before it: run 'dotnet build src/AseanUn'.");
            }
        }

        var result = stack is null ? DatasetJson.TryImport(json, file) : DatasetJson.TryMerge(stack, json, file);
        var merged = stack is not null;
        var counts = result.IsValid ? CountsOf(result.Dataset, stack) : null;
        if (settings.Json)
        {
            var problems = result.Problems.Select(p => new ProblemItem(JsonNames.Of(p.Kind), JsonNames.Of(p.Severity), p.Path, p.Line, p.Column, p.Message));
            var report = new ValidationReport(file, merged, result.IsValid, CamelCase(counts), [.. problems]);
            JsonOutput.Write(context, report, ExplorerJsonContext.Default.ValidationReport);
        }
        else if (counts is not null)
        {
            context.WriteUnwrappedLine(Summary(file, counts, merged ? (stackName, result.Dataset!.Records.Count) : null));
        }
        else
        {
            foreach (var problem in result.Problems)
            {
                context.WriteUnwrappedLine(Line(file, problem));
            }
        }

        return result.IsValid
            ? ExitCodes.Ok
            : throw ExplorerException.Invalid($"{file} has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")}{MergeHint(result, merged)}{DatasetStack.ShippedHint(stack, json)}.");
    }

    // JSON keys are camel case throughout: record types as keys too (sourceDocument, event).
    private static Dictionary<string, int>? CamelCase(Dictionary<string, int>? counts) =>
        counts?.ToDictionary(c => JsonNames.Of(c.Key), c => c.Value);

    // A later report's file names built-in records; checked on its own, each such name is a dangling reference.
    private string MergeHint(DatasetResult result, bool merged)
    {
        var builtIn = merged ? 0 : result.Problems.Count(p => p.Kind is DatasetProblemKind.DanglingReference or DatasetProblemKind.UnknownCode && NamesBuiltInRecord(p));
        return builtIn == 0
            ? ""
            : $"; {builtIn} of them {(builtIn == 1 ? "names a record" : "name records")} of the built-in dataset: to check it as an addition to that dataset, add --merge";
    }

    // Reference and code problems quote the value they are about first: "'unicef' names no record…", "Unknown pillar code 'SC'."
    private bool NamesBuiltInRecord(DatasetProblem problem)
    {
        var message = problem.Message;
        var start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
        var end = start > 0 ? message.IndexOf('\'', start) : -1;
        return end > start && context.Dataset.TryGetRecord(message[start..end], out _);
    }

    // A problem found outside the document's text has no position; its JSON path still says where.
    private static string Line(string file, DatasetProblem problem) =>
        problem is { Line: { } line, Column: { } column } ? $"{file}:{line}:{column}: {problem.Message}" : $"{file}: {problem.Path}: {problem.Message}";

    // The document's own records: all of them, or those the merge added to the base.
    private static Dictionary<string, int> CountsOf(PartnershipDataset dataset, PartnershipDataset? baseDataset) =>
        dataset.Records
            .Where(r => baseDataset is null || !baseDataset.TryGetRecord(r.Id, out _))
            .CountBy(RecordText.TypeOf)
            .ToDictionary();

    private static string Summary(string file, Dictionary<string, int> counts, (string Stack, int Total)? mergedInto)
    {
        var total = counts.Values.Sum();
        var types = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
        var merged = mergedInto is var (stack, all) ? $"; merged into {stack}: {all} records" : "";
        return $"{file}: OK, {total} {(total == 1 ? "record" : "records")} ({types}){merged}.";
    }
}
