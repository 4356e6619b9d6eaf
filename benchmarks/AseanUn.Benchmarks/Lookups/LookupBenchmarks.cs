using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Lookups;

/// <summary>
/// Finding items by key three ways: a LINQ <c>FirstOrDefault</c> over a list (what a user writes without an index),
/// a <see cref="FrozenDictionary{TKey, TValue}"/> the user builds and keeps (the fastest read-only look-up the framework
/// has), and the library's look-up (target: within 1.2× of the frozen dictionary). Each invocation
/// looks up <see cref="Lookups"/> keys spread from the first item to the last, so the scan pays its average cost.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[MemoryDiagnoser]
public abstract class LookupBenchmarks<T>
    where T : class
{
    /// <summary>The number of keys looked up per invocation.</summary>
    public const int Lookups = 16;

    private List<T> _items = null!;
    private FrozenDictionary<string, T> _frozen = null!;
    private string[] _keys = null!;

    /// <summary>Gets the dataset the library looks up.</summary>
    protected PartnershipDataset Dataset { get; private set; } = null!;

    /// <summary>Builds the plain collections, picks the keys and warms the library's indexes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Dataset = Partnership.Current;
        _items = [.. Items(Dataset)];
        _frozen = _items.ToFrozenDictionary(KeyOf);
        _keys = [.. Enumerable.Range(0, Lookups).Select(k => KeyOf(_items[k * (_items.Count - 1) / (Lookups - 1)]))];
        Find(_keys[0]);
    }

    /// <summary>Scans the list.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int LinqFirstOrDefault()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            found += Scan(_items, key) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Reads the user's frozen dictionary, the fastest read-only look-up the framework has.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int FrozenDictionary()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            found += _frozen.TryGetValue(key, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Asks the library.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int AseanUn()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            found += Find(key) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Returns the items to look up, in dataset order.</summary>
    protected abstract IEnumerable<T> Items(PartnershipDataset dataset);

    /// <summary>Returns an item's key.</summary>
    protected abstract string KeyOf(T item);

    /// <summary>Finds <paramref name="key"/> with <c>FirstOrDefault</c>, the lambda written as a user would write it.</summary>
    protected abstract T? Scan(List<T> items, string key);

    /// <summary>Looks <paramref name="key"/> up with the library.</summary>
    protected abstract bool Find(string key);
}
