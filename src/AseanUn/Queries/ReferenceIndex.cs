using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>Every reference of a dataset both ways: by source ordinal and by target id, read in one pass.</summary>
internal sealed class ReferenceIndex
{
    public ReferenceIndex(PartnershipRecord[] records, Func<string, PartnershipRecord?> resolve)
    {
        var from = new EquatableArray<RecordReference>[records.Length];
        var to = new Dictionary<string, List<RecordReference>>(StringComparer.Ordinal);
        var buffer = new List<RecordReference>();
        for (var ordinal = 0; ordinal < records.Length; ordinal++)
        {
            buffer.Clear();
            Collect(records[ordinal], resolve, buffer);
            from[ordinal] = EquatableArray.TakeOwnership(buffer.ToArray());
            foreach (var reference in buffer)
            {
                if (!to.TryGetValue(reference.TargetId, out var sources))
                {
                    to.Add(reference.TargetId, sources = []);
                }

                sources.Add(reference);
            }
        }

        From = from;
        To = to.ToFrozenDictionary(static pair => pair.Key, static pair => EquatableArray.TakeOwnership(pair.Value.ToArray()), StringComparer.Ordinal);
    }

    /// <summary>Gets each record's references in model order, by the record's ordinal.</summary>
    public EquatableArray<RecordReference>[] From { get; }

    /// <summary>Gets, by target id, the references to it: by source ordinal, then in model order.</summary>
    public FrozenDictionary<string, EquatableArray<RecordReference>> To { get; }

    /// <summary>Adds the references of <paramref name="record"/> to <paramref name="into"/>, in model order.</summary>
    public static void Collect(PartnershipRecord record, Func<string, PartnershipRecord?> resolve, List<RecordReference> into) =>
        RecordTypes.ForEachReference(record, (record, resolve, into), static (state, id, property, site) =>
            state.into.Add(new RecordReference(state.record, property.JsonName, id, site.SubProperty is null ? null : site.Index, state.resolve(id))));
}
