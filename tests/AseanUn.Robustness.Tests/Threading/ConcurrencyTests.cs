using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AseanUn.Dates;
using AseanUn.Json;
using AseanUn.Robustness.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Threading;

/// <summary>
/// Sixteen threads query while others import and merge datasets: every answer equals the single-threaded one, nothing
/// throws, and the datasets being queried never change.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int QueryThreads = 16;
    private const int WriterThreads = 4;

    [Fact]
    public void Sixteen_threads_querying_while_others_import_and_merge_get_exactly_the_single_threaded_answers()
    {
        var current = Partnership.Current;
        var recordsBefore = current.Records;

        // The answers come from a separate copy, asked on one thread; a second copy has its indexes built under contention.
        var reference = Copy(current);
        var battery = QueryBattery.For(reference);
        var expected = battery.Select(question => question.Ask(reference)).ToArray();
        PartnershipDataset[] targets = [current, Copy(current)];

        var passes = RunSize.Times(5);
        var export = DatasetJson.Export(current);
        var writes = RunSize.Times(25);
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        var merged = 0;
        using var start = new Barrier(QueryThreads + WriterThreads);
        var threads = Enumerable.Range(0, QueryThreads).Select(t => new Thread(() => Query(t)))
            .Concat(Enumerable.Range(0, WriterThreads).Select(w => new Thread(() => Write(w))))
            .ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        output.WriteLine($"{QueryThreads} query threads × {passes} passes × {battery.Count} questions × {targets.Length} datasets = {answered} answers; {WriterThreads} writer threads, {merged} merges and imports; {failures.Count} failures.");
        Assert.Empty(failures.Take(10));
        Assert.Equal(QueryThreads * passes * battery.Count * targets.Length, answered);
        Assert.Equal(WriterThreads * writes, merged);
        Assert.Equal(recordsBefore, current.Records);
        Assert.Equal(export, DatasetJson.Export(current));
        Assert.Same(current, Partnership.Current);

        void Query(int thread)
        {
            var random = new Random(RunSize.Seed + thread);
            start.SignalAndWait();
            for (var pass = 0; pass < passes; pass++)
            {
                // Each thread asks in its own order, so different questions build and read the indexes at once.
                foreach (var index in Enumerable.Range(0, battery.Count).OrderBy(_ => random.Next()))
                {
                    foreach (var target in targets)
                    {
                        Check($"thread {thread}, {battery[index].Name}", () => battery[index].Ask(target), expected[index]);
                        Interlocked.Increment(ref answered);
                    }
                }
            }
        }

        // Writers take turns at merging records in code, merging a later report's document, and importing the export.
        void Write(int writer)
        {
            start.SignalAndWait();
            for (var i = 0; i < writes; i++)
            {
                var suffix = $"{writer}-{i}";
                switch (i % 3)
                {
                    case 0:
                        var additions = LaterRecords.For(current, suffix);
                        Check($"writer {writer}, merge {i}", () => Describe(current.Merge($"later-{suffix}", PartialDate.Month(2020, 6), additions), current, suffix), Expected(current, suffix));
                        break;
                    case 1:
                        var document = LaterRecords.Document(current, suffix);
                        Check($"writer {writer}, JSON merge {i}", () => Describe(DatasetJson.Merge(current, document), current, suffix), Expected(current, suffix));
                        break;
                    default:
                        Check($"writer {writer}, import {i}", () => (DatasetJson.Import(export).Records == current.Records).ToString(), bool.TrueString);
                        break;
                }

                Interlocked.Increment(ref merged);
            }
        }

        void Check(string what, Func<string> ask, string expectedAnswer)
        {
            try
            {
                var answer = ask();
                if (answer != expectedAnswer)
                {
                    failures.Enqueue($"{what}: expected {expectedAnswer}, got {answer}");
                }
            }
            catch (Exception exception)
            {
                failures.Enqueue($"{what}: {exception}");
            }
        }
    }

    private static PartnershipDataset Copy(PartnershipDataset dataset) => new(dataset.Edition, dataset.AsOf, dataset.Records);

    // A merge holds both datasets' records and finds the new meeting; the base does not.
    private static string Describe(PartnershipDataset merged, PartnershipDataset baseDataset, string suffix) =>
        $"{merged.Records.Count} {merged.TryGetRecord(LaterRecords.MeetingId(suffix), out _)} {baseDataset.TryGetRecord(LaterRecords.MeetingId(suffix), out _)} {merged.RecordsUnderActionLine(baseDataset.ActionLines[0].Id).Count - baseDataset.RecordsUnderActionLine(baseDataset.ActionLines[0].Id).Count}";

    private static string Expected(PartnershipDataset baseDataset, string suffix) => $"{baseDataset.Records.Count + LaterRecords.Count} True False 2";
}
