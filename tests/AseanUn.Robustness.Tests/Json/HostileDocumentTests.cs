using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Robustness.Tests.Infrastructure;
using AseanUn.Validation;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Json;

/// <summary>
/// Thousands of damaged dataset documents, derived from the real export: each loads or is rejected with the documented
/// exception or result, every problem placed at a plausible line and column; nothing else escapes; the datasets in use
/// are unchanged afterwards.
/// </summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    private static readonly Mutation[] Mutations = Enum.GetValues<Mutation>();

    [Fact]
    public void Every_damaged_document_loads_or_is_rejected_with_positions_and_changes_nothing_in_use()
    {
        var current = Partnership.Current;
        var export = DatasetJson.Export(current);
        var loaded = DatasetJson.Import(export, "export.json");
        var currentBefore = Encoding.UTF8.GetBytes(export);
        var loadedBefore = Encoding.UTF8.GetBytes(DatasetJson.Export(loaded));
        var laterReport = LaterRecords.Document(current, "a");
        var knownIds = current.Records.Select(r => r.Id).ToList();

        var inputs = RunSize.Times(800) * Mutations.Length;
        var tally = Mutations.ToDictionary(m => m, _ => new Tally());
        var failures = new List<string>();
        for (var i = 0; i < inputs; i++)
        {
            var mutation = Mutations[i % Mutations.Length];
            var random = new Random(unchecked((RunSize.Seed * 1_000_003) + i));

            // One input in forty damages the whole export; the others a later report meant to be merged.
            var isExport = random.Next(40) == 0;
            var document = new DocumentMutator(random, knownIds).Apply(mutation, isExport ? export : laterReport);
            var operation = (Operation)random.Next(4);
            var outcome = Load(operation, document, current, loaded);

            var problems = Check(outcome, document, operation is Operation.TryImport or Operation.ImportStream);
            var mustLoad = mutation == Mutation.None && isExport == operation is Operation.TryImport or Operation.ImportStream;
            if (mustLoad && outcome.Dataset is null)
            {
                problems.Add("the undamaged document was rejected: " + outcome.Error);
            }

            tally[mutation].Add(outcome.Dataset is not null, problems.Count > 0);
            failures.AddRange(problems.Select(p => $"input {i} ({mutation}, {operation}, {(isExport ? "export" : "later report")}): {p}"));
        }

        output.WriteLine($"{inputs} documents (seed {RunSize.Seed}):");
        foreach (var (mutation, counts) in tally)
        {
            output.WriteLine($"  {mutation,-26} {counts.Tried,6} tried, {counts.Loaded,6} loaded, {counts.Rejected,6} rejected, {counts.Failed} failures");
        }

        Assert.Empty(failures.Take(10));
        Assert.Equal(currentBefore, Encoding.UTF8.GetBytes(DatasetJson.Export(current)));
        Assert.Equal(loadedBefore, Encoding.UTF8.GetBytes(DatasetJson.Export(loaded)));
        Assert.Same(current, Partnership.Current);
        Assert.All(tally.Values, counts => Assert.True(counts.Rejected > 0 || counts.Loaded == counts.Tried));
    }

    private static Outcome Load(Operation operation, byte[] document, PartnershipDataset current, PartnershipDataset loaded)
    {
        try
        {
            var result = operation switch
            {
                Operation.TryImport => DatasetJson.TryImport(document, "hostile.json"),
                Operation.TryMerge => DatasetJson.TryMerge(current, document, "hostile.json"),
                _ => null,
            };
            if (result is not null)
            {
                return result.IsValid ? new Outcome(result.Dataset, default, null) : new Outcome(null, result.Problems, null);
            }

            using var stream = new MemoryStream(document);
            var dataset = operation == Operation.ImportStream ? DatasetJson.Import(stream, "hostile.json") : DatasetJson.Merge(loaded, document, "hostile.json");
            return new Outcome(dataset, default, null);
        }
        catch (DatasetValidationException exception)
        {
            return new Outcome(null, exception.Problems, null);
        }
        catch (Exception exception)
        {
            return new Outcome(null, default, exception);
        }
    }

    // What is wrong with an outcome: an undocumented exception, a rejection without problems, a problem out of place.
    private static List<string> Check(Outcome outcome, byte[] document, bool isImport)
    {
        if (outcome.Error is not null)
        {
            return [$"{outcome.Error.GetType().Name} escaped: {outcome.Error}"];
        }

        // A merge exports the whole merged dataset; the round trip is checked on what was imported alone.
        if (outcome.Dataset is not null && !isImport)
        {
            return [];
        }

        if (outcome.Dataset is not null)
        {
            var again = DatasetJson.Export(DatasetJson.Import(DatasetJson.Export(outcome.Dataset)));
            return again == DatasetJson.Export(outcome.Dataset) ? [] : ["a loaded document does not export what it imports"];
        }

        if (outcome.Problems.IsEmpty)
        {
            return ["rejected without a problem"];
        }

        var lines = document.Count(b => b == (byte)'\n') + 1;
        var longestLine = LongestLine(document);
        return
        [
            .. outcome.Problems
                .Where(p => p.Line is not { } line || p.Column is not { } column || line < 1 || line > lines || column < 1 || column > longestLine + 1
                    || !p.Path.StartsWith('$') || string.IsNullOrWhiteSpace(p.Message))
                .Select(p => $"problem out of place (document has {lines} lines, longest {longestLine} bytes): {p}"),
        ];
    }

    private static int LongestLine(byte[] document)
    {
        var longest = 0;
        var start = 0;
        for (var i = 0; i <= document.Length; i++)
        {
            if (i == document.Length || document[i] == (byte)'\n')
            {
                longest = Math.Max(longest, i - start);
                start = i + 1;
            }
        }

        return longest;
    }

    private enum Operation
    {
        TryImport,
        ImportStream,
        TryMerge,
        Merge,
    }

    private sealed record Outcome(PartnershipDataset? Dataset, AseanUn.Collections.EquatableArray<DatasetProblem> Problems, Exception? Error);

    private sealed class Tally
    {
        public int Tried { get; private set; }

        public int Loaded { get; private set; }

        public int Rejected { get; private set; }

        public int Failed { get; private set; }

        public void Add(bool loaded, bool failed)
        {
            Tried++;
            Loaded += loaded ? 1 : 0;
            Rejected += loaded ? 0 : 1;
            Failed += failed ? 1 : 0;
        }
    }
}
