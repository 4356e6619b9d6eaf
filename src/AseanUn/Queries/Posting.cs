using System.Collections.Generic;
using AseanUn.Collections;

namespace AseanUn.Queries;

/// <summary>
/// A precomputed answer of one index key: the items in order, and their ordinals (positions in the dataset's records,
/// or in the list of links) ascending, which combined queries intersect.
/// </summary>
internal sealed class Posting<T>
{
    public Posting(EquatableArray<T> items, int[] ordinals)
    {
        Items = items;
        Ordinals = ordinals;
    }

    /// <summary>The answer to a key the index does not have.</summary>
    public static Posting<T> Empty { get; } = new(default, []);

    /// <summary>Gets the items, in ordinal order.</summary>
    public EquatableArray<T> Items { get; }

    /// <summary>Gets the ordinals of the items, ascending.</summary>
    public int[] Ordinals { get; }

    /// <summary>Creates a posting of the items at <paramref name="ordinals"/> of <paramref name="all"/>, sorting and de-duplicating the ordinals.</summary>
    public static Posting<T> Of<TSource>(TSource[] all, List<int> ordinals)
        where TSource : class
    {
        var unique = OrdinalSets.SortedUnique(ordinals);
        var items = new T[unique.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)(object)all[unique[i]];
        }

        return new Posting<T>(EquatableArray.TakeOwnership(items), unique);
    }
}
