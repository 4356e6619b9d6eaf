using System;
using System.Collections.Generic;
using System.Numerics;

namespace AseanUn.Queries;

/// <summary>
/// Each record's ordinal by id: an open-addressing table whose hash reads the id's length and four of its characters.
/// </summary>
/// <remarks>
/// A first look-up builds this table, so it is made of a few small methods: a <c>FrozenDictionary&lt;string, int&gt;</c>,
/// as quick to read, cost a first query about 15 ms of CPU to load <c>System.Collections.Immutable</c> and compile its
/// generic code. Ids that share the characters read (a series numbered past 9, say) share a chain; at most twice as
/// many slots as ids keep chains short, and a read compares whole ids, so any collision costs time, never an answer.
/// </remarks>
internal sealed class IdTable
{
    private readonly string?[] _ids;
    private readonly int[] _ordinals;
    private readonly int _mask;

    /// <summary>Builds the table of <paramref name="ids"/>, each mapped to its position.</summary>
    /// <exception cref="ArgumentException">An id occurs twice.</exception>
    /// <remarks>An array, not a list interface: a first look-up builds this table, and interface calls on an array load more.</remarks>
    public IdTable(string[] ids)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, ids.Length * 2));
        _ids = new string?[size];
        _ordinals = new int[size];
        _mask = size - 1;
        for (var ordinal = 0; ordinal < ids.Length; ordinal++)
        {
            var id = ids[ordinal];
            var slot = Hash(id) & _mask;
            while (_ids[slot] is { } taken)
            {
                if (string.Equals(taken, id, StringComparison.Ordinal))
                {
                    throw Twice(id);
                }

                slot = (slot + 1) & _mask;
            }

            _ids[slot] = id;
            _ordinals[slot] = ordinal;
        }
    }

    // Made apart from the constructor, which a first look-up compiles: formatting the message there would make it larger.
    private static ArgumentException Twice(string id) => new($"The id '{id}' occurs twice.", "ids");

    /// <summary>Gets the ordinal of <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    public int this[string id] => TryGetValue(id, out var ordinal) ? ordinal : throw new KeyNotFoundException($"No record has the id '{id}'.");

    /// <summary>Finds the ordinal of <paramref name="id"/>.</summary>
    public bool TryGetValue(string id, out int ordinal)
    {
        var slot = Hash(id) & _mask;
        while (_ids[slot] is { } candidate)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                ordinal = _ordinals[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        ordinal = -1;
        return false;
    }

    // Length, first, middle and last two characters: ids differ most at their ends (numbers, years) and in length.
    private static int Hash(string id)
    {
        var length = id.Length;
        if (length == 0)
        {
            return 0;
        }

        var hash = (uint)length * 0x9E3779B1u;
        hash = (hash ^ id[0]) * 0x85EBCA77u;
        hash = (hash ^ id[length >> 1]) * 0xC2B2AE3Du;
        hash = (hash ^ id[length - 1]) * 0x27D4EB2Fu;
        hash = (hash ^ id[length - (length > 1 ? 2 : 1)]) * 0x165667B1u;
        return (int)(hash ^ (hash >> 15));
    }
}
