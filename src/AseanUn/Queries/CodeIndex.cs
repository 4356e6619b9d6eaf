using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;

namespace AseanUn.Queries;

/// <summary>
/// Items filed under the action lines they are tagged with, and under the area and pillar of each of those lines, so
/// that a pillar or area answers with everything under it.
/// </summary>
internal sealed class CodeIndex<T>
    where T : class
{
    public CodeIndex(T[] items, Func<T, EquatableArray<string>> codesOf, IReadOnlyDictionary<string, string> areaOfLine, IReadOnlyDictionary<string, string> pillarOfArea)
    {
        var lines = new PostingBuilder();
        var areas = new PostingBuilder();
        var pillars = new PostingBuilder();
        for (var ordinal = 0; ordinal < items.Length; ordinal++)
        {
            foreach (var code in codesOf(items[ordinal]))
            {
                lines.Add(code, ordinal);
                if (areaOfLine.TryGetValue(code, out var area))
                {
                    areas.Add(area, ordinal);
                    pillars.Add(pillarOfArea[area], ordinal);
                }
            }
        }

        ActionLines = lines.Freeze<T, T>(items);
        Areas = areas.Freeze<T, T>(items);
        Pillars = pillars.Freeze<T, T>(items);
    }

    /// <summary>Gets the items by action-line code.</summary>
    public FrozenDictionary<string, Posting<T>> ActionLines { get; }

    /// <summary>Gets the items by area code (everything under the area).</summary>
    public FrozenDictionary<string, Posting<T>> Areas { get; }

    /// <summary>Gets the items by pillar code (everything under the pillar).</summary>
    public FrozenDictionary<string, Posting<T>> Pillars { get; }
}
