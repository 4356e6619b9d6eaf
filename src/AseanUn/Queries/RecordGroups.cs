using System;
using System.Collections.Generic;
using System.Threading;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>
/// A dataset's records by group (record type, in dataset order), with every record's id: either held from the start,
/// or read group by group from the compact form the first time a group is asked for.
/// </summary>
/// <remarks>
/// A first look-up by id needs the ids and one group, not every record: reading a group compiles only its type's
/// reader, which is most of what a first query costs. Racing threads may each read a group; one array is kept, so every
/// caller sees the same record instances.
/// </remarks>
internal sealed class RecordGroups
{
    private readonly int[] _starts;
    // Given by the compact form; for records held from the start, taken from them when first asked for.
    private string[]? _ids;
    private readonly PartnershipRecord[]?[] _groups;
    private readonly Func<int, PartnershipRecord[]>? _read;
    private PartnershipRecord[]? _all;

    private RecordGroups(int[] starts, string[]? ids, PartnershipRecord[]?[] groups, Func<int, PartnershipRecord[]>? read)
    {
        _starts = starts;
        _ids = ids;
        _groups = groups;
        _read = read;
    }

    /// <summary>Gets the number of groups.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>Gets each record's id, by ordinal (its position in dataset order).</summary>
    public string[] Ids => Volatile.Read(ref _ids) ?? IdsOfAll();

    /// <summary>Gets the number of records, without reading any.</summary>
    public int Count => _starts[^1];

    /// <summary>Gets every record in dataset order, reading the groups not yet read.</summary>
    public PartnershipRecord[] All => Volatile.Read(ref _all) ?? ReadAll();

    /// <summary>Holds <paramref name="groups"/> as they are.</summary>
    public static RecordGroups Of(IReadOnlyList<IReadOnlyList<PartnershipRecord>> groups)
    {
        var starts = new int[groups.Count + 1];
        var held = new PartnershipRecord[]?[groups.Count];
        var all = new List<PartnershipRecord>();
        for (var g = 0; g < groups.Count; g++)
        {
            starts[g] = all.Count;
            held[g] = [.. groups[g]];
            all.AddRange(held[g]!);
        }

        starts[groups.Count] = all.Count;
        return new RecordGroups(starts, null, held, null) { _all = all.ToArray() };
    }

    /// <summary>
    /// Holds groups of <paramref name="counts"/> records with the given <paramref name="ids"/>, each read by
    /// <paramref name="read"/> when first asked for.
    /// </summary>
    /// <exception cref="System.IO.InvalidDataException">The counts and the ids disagree.</exception>
    public static RecordGroups Deferred(int[] counts, string[] ids, Func<int, PartnershipRecord[]> read)
    {
        var starts = new int[counts.Length + 1];
        for (var g = 0; g < counts.Length; g++)
        {
            starts[g + 1] = starts[g] + counts[g];
        }

        return starts[counts.Length] == ids.Length
            ? new RecordGroups(starts, ids, new PartnershipRecord[]?[counts.Length], read)
            : throw CountsDisagree(starts[counts.Length], ids.Length);
    }

    /// <summary>Gets the ordinals of group <paramref name="group"/>'s records.</summary>
    public Range RangeOf(int group) => _starts[group].._starts[group + 1];

    /// <summary>Returns the group of the record at <paramref name="ordinal"/>.</summary>
    public int GroupAt(int ordinal)
    {
        // The last group starting at or before the record; an empty group before it shares its start but comes earlier.
        var group = _groups.Length - 1;
        while (_starts[group] > ordinal)
        {
            group--;
        }

        return group;
    }

    /// <summary>Returns the records of group <paramref name="group"/>, reading them if not yet read.</summary>
    /// <exception cref="System.IO.InvalidDataException">The group's data does not hold the records announced.</exception>
    public PartnershipRecord[] Group(int group) => Volatile.Read(ref _groups[group]) ?? ReadGroup(group);

    /// <summary>Returns the record at <paramref name="ordinal"/>, reading its group if not yet read.</summary>
    public PartnershipRecord At(int ordinal)
    {
        // Group(group), written out: a first look-up comes here, and each small method it calls is one more to compile.
        var group = GroupAt(ordinal);
        var records = Volatile.Read(ref _groups[group]) ?? ReadGroup(group);
        return records[ordinal - _starts[group]];
    }

    // Only records held from the start come here: the compact form gives its ids.
    private string[] IdsOfAll()
    {
        var all = All;
        var ids = new string[all.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = all[i].Id;
        }

        return Interlocked.CompareExchange(ref _ids, ids, null) ?? ids;
    }

    private PartnershipRecord[] ReadGroup(int group)
    {
        var read = _read!(group);
        var ids = Ids;
        if (read.Length != _starts[group + 1] - _starts[group])
        {
            throw WrongCount(group, read);
        }

        for (var i = 0; i < read.Length; i++)
        {
            if (!string.Equals(read[i].Id, ids[_starts[group] + i], StringComparison.Ordinal))
            {
                throw WrongId(group, read, i);
            }
        }

        return Interlocked.CompareExchange(ref _groups[group], read, null) ?? read;
    }

    // The errors are made apart from the methods a first look-up compiles: formatting them would make those larger.
    private static System.IO.InvalidDataException CountsDisagree(int counted, int listed) =>
        new($"The built-in data counts {counted} records in its groups and lists {listed} ids.");

    private System.IO.InvalidDataException WrongCount(int group, PartnershipRecord[] read) =>
        new($"The built-in data holds {read.Length} records in group {group}, not the {_starts[group + 1] - _starts[group]} announced.");

    private System.IO.InvalidDataException WrongId(int group, PartnershipRecord[] read, int i) =>
        new($"The built-in data lists id '{_ids![_starts[group] + i]}' where its group {group} holds '{read[i].Id}'.");

    private PartnershipRecord[] ReadAll()
    {
        var all = new PartnershipRecord[Count];
        for (var g = 0; g < _groups.Length; g++)
        {
            Group(g).CopyTo(all, _starts[g]);
        }

        return Interlocked.CompareExchange(ref _all, all, null) ?? all;
    }
}
