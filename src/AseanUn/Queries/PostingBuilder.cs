using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AseanUn.Queries;

/// <summary>Collects ordinals under keys while an index is built, then freezes them into postings.</summary>
internal sealed class PostingBuilder
{
    private readonly Dictionary<string, List<int>> _ordinals;

    public PostingBuilder(IEqualityComparer<string>? comparer = null) => _ordinals = new(comparer ?? StringComparer.Ordinal);

    /// <summary>Files <paramref name="ordinal"/> under <paramref name="key"/>.</summary>
    public void Add(string key, int ordinal)
    {
        if (!_ordinals.TryGetValue(key, out var list))
        {
            _ordinals.Add(key, list = []);
        }

        list.Add(ordinal);
    }

    /// <summary>Files every ordinal of <paramref name="sourceKey"/> under <paramref name="key"/> too.</summary>
    public void AddAll(string key, string sourceKey)
    {
        if (_ordinals.TryGetValue(sourceKey, out var source))
        {
            foreach (var ordinal in source.ToArray())
            {
                Add(key, ordinal);
            }
        }
    }

    /// <summary>Freezes the postings; <paramref name="all"/> maps ordinals to items.</summary>
    public FrozenDictionary<string, Posting<T>> Freeze<T, TSource>(TSource[] all)
        where TSource : class
    {
        var postings = new Dictionary<string, Posting<T>>(_ordinals.Comparer);
        foreach (var (key, ordinals) in _ordinals)
        {
            postings.Add(key, Posting<T>.Of(all, ordinals));
        }

        return postings.ToFrozenDictionary(_ordinals.Comparer);
    }
}
