using System.Collections.Frozen;
using System.Linq;
using AseanUn.Dates;
using AseanUn.Model;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.AsOf;

/// <summary>
/// The status of every instrument as of one day: the library's as-of answer (known, uncertain or unknown, with its
/// evidence) against a plain look-up of each instrument's one status in a frozen dictionary, the snapshot answer the
/// as-of answer replaces. Both should allocate nothing per invocation.
/// </summary>
[MemoryDiagnoser]
public class StatusAsOfBenchmarks
{
    private PartnershipDataset _dataset = null!;
    private string[] _ids = null!;
    private FrozenDictionary<string, InstrumentStatus> _statuses = null!;
    private PartialDate _day;

    /// <summary>Builds the plain dictionary and warms the library's status steps.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dataset = Partnership.Current;
        _ids = [.. _dataset.Instruments.Select(i => i.Id)];
        _statuses = _dataset.Instruments.ToFrozenDictionary(i => i.Id, i => i.Status);
        _day = PartialDate.Day(2016, 9, 7);
        _dataset.StatusAsOf(_ids[0], _day);
        _dataset.StatusesAsOf(_day);
    }

    /// <summary>Looks each instrument's one status up, ignoring the date: the answer before as-of answers.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLookup()
    {
        var answered = 0;
        foreach (var id in _ids)
        {
            answered += _statuses.TryGetValue(id, out _) ? 1 : 0;
        }

        return answered;
    }

    /// <summary>Asks the dataset for each instrument's status as of the day.</summary>
    [Benchmark]
    public int StatusAsOf()
    {
        var answered = 0;
        foreach (var id in _ids)
        {
            answered += _dataset.StatusAsOf(id, _day).Certainty is Certainty.Known or Certainty.Uncertain or Certainty.Unknown ? 1 : 0;
        }

        return answered;
    }

    /// <summary>Asks the dataset for every instrument's status as of the day in one query, in the order of its instruments.</summary>
    [Benchmark]
    public int StatusesAsOf()
    {
        var answered = 0;
        foreach (var answer in _dataset.StatusesAsOf(_day))
        {
            answered += answer.Certainty is Certainty.Known or Certainty.Uncertain or Certainty.Unknown ? 1 : 0;
        }

        return answered;
    }
}
