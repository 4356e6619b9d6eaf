using System.Collections.Generic;
using System.Linq;
using AseanUn.Collections;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Filters;

/// <summary>
/// One filter two ways, its answer enumerated: a LINQ scan of the same data in a plain list, and the library's query.
/// </summary>
/// <typeparam name="T">The item type of the answer.</typeparam>
[MemoryDiagnoser]
public abstract class FilterBenchmarks<T>
{
    private List<T> _items = null!;

    /// <summary>Gets the dataset the library queries.</summary>
    protected PartnershipDataset Dataset { get; private set; } = null!;

    /// <summary>Builds the plain list and warms the library's indexes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Dataset = Partnership.Current;
        _items = [.. Items(Dataset)];
        Prepare();
        Query();
    }

    /// <summary>Scans every item of the list.</summary>
    [Benchmark(Baseline = true)]
    public int LinqScan()
    {
        var count = 0;
        foreach (var item in _items.Where(Matches))
        {
            count += IdOf(item).Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Asks the library.</summary>
    [Benchmark]
    public int AseanUn()
    {
        var count = 0;
        foreach (var item in Query())
        {
            count += IdOf(item).Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Chooses what to filter for, once the dataset is set.</summary>
    protected virtual void Prepare()
    {
    }

    /// <summary>Returns the items the scan goes through.</summary>
    protected abstract IEnumerable<T> Items(PartnershipDataset dataset);

    /// <summary>Returns whether the scan keeps <paramref name="item"/>.</summary>
    protected abstract bool Matches(T item);

    /// <summary>Returns the library's answer.</summary>
    protected abstract EquatableArray<T> Query();

    /// <summary>Returns the id of an item of the answer (read so that enumeration touches every item).</summary>
    protected abstract string IdOf(T item);
}
