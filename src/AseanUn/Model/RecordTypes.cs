using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>
/// The registry of record types: every record type of the model, once, in dataset order, with its JSON group name,
/// id rule, fields and reference properties (and the record types each may name). The dataset's groups, the
/// validator, the JSON reader and writer, the exports and the indexes all read this table.
/// </summary>
/// <remarks>
/// A dataset keeps its records grouped in this order, and the JSON document lists its groups in it too. The entries
/// are generated from the model's declarations (src/AseanUn.Generators): a type's <c>[RecordGroup]</c> gives what
/// cannot be derived (group name, position, id rule), its properties and <c>[RecordReference]</c> attributes the rest.
/// Being generated, not reflected, the table keeps the library trim- and AOT-safe.
/// </remarks>
internal static class RecordTypes
{
    /// <summary>Gets every record type, in dataset order (the positions of their <c>[RecordGroup]</c> attributes).</summary>
    public static readonly RecordType[] All = RecordTypeTable.Create();

    private static readonly FrozenDictionary<Type, int> Indexes = Build();

    /// <summary>Gets the number of record types.</summary>
    public static int Count => All.Length;

    /// <summary>Returns the position in dataset order of <paramref name="type"/>, or -1 for a type the dataset does not know.</summary>
    public static int IndexOf(Type type) => Indexes.TryGetValue(type, out var index) ? index : -1;

    /// <summary>Returns the position in dataset order of <paramref name="record"/>'s type, or -1 for a type the dataset does not know.</summary>
    public static int IndexOf(PartnershipRecord record) => IndexOf(record.GetType());

    /// <summary>Returns the position of the group named <paramref name="groupName"/> in a JSON document, or -1.</summary>
    public static int IndexOfGroup(string groupName) => Array.FindIndex(All, t => t.GroupName == groupName);

    /// <summary>Returns the JSON path of the record at <paramref name="index"/> within group <paramref name="group"/>.</summary>
    public static string PathOf(int group, int index) => $"$.records.{All[group].GroupName}[{index}]";

    /// <summary>Calls <paramref name="visit"/> for every id <paramref name="record"/> refers to, with the property holding it and where it stands.</summary>
    public static void ForEachReference<TState>(PartnershipRecord record, TState state, Action<TState, string, ReferenceProperty, RecordSite> visit)
    {
        foreach (var property in All[IndexOf(record)].References)
        {
            if (property.HasItems)
            {
                var count = property.ItemCount(record);
                for (var i = 0; i < count; i++)
                {
                    var item = property.ItemAt(record, i);
                    foreach (var itemProperty in property.ItemProperties)
                    {
                        Visit(item, itemProperty, property.JsonName, i, state, visit);
                    }
                }
            }
            else
            {
                Visit(record, property, null, -1, state, visit);
            }
        }
    }

    /// <summary>Returns the word for what a record's reference property (by JSON name, or an item's property) names, e.g. <c>host</c>; the JSON name if it has none.</summary>
    public static string RelationOf(PartnershipRecord record, string jsonName)
    {
        foreach (var property in All[IndexOf(record)].References)
        {
            foreach (var candidate in property.HasItems ? property.ItemProperties : [property])
            {
                if (candidate.JsonName == jsonName)
                {
                    return candidate.Relation;
                }
            }
        }

        return jsonName;
    }

    /// <summary>Returns the ids <paramref name="record"/> refers to, each once, in the order they appear.</summary>
    public static List<string> TargetsOf(PartnershipRecord record)
    {
        var targets = new List<string>();
        ForEachReference(record, targets, static (list, id, _, _) =>
        {
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        });
        return targets;
    }

    private static void Visit<TState>(
        object owner, ReferenceProperty property, string? outer, int outerIndex, TState state, Action<TState, string, ReferenceProperty, RecordSite> visit)
    {
        if (property.IsList)
        {
            var ids = property.ReadList(owner);
            for (var i = 0; i < ids.Count; i++)
            {
                visit(state, ids[i], property, outer is null ? new(property.JsonName, i) : new(outer, outerIndex, $"{property.JsonName}[{i}]"));
            }
        }
        else if (property.ReadSingle(owner) is { } id)
        {
            visit(state, id, property, outer is null ? new(property.JsonName) : new(outer, outerIndex, property.JsonName));
        }
    }

    private static FrozenDictionary<Type, int> Build()
    {
        var indexes = new Dictionary<Type, int>();
        for (var i = 0; i < All.Length; i++)
        {
            indexes.Add(All[i].Type, i);
        }

        return indexes.ToFrozenDictionary();
    }
}
