using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn;

// Which records refer to which, through which property. Both directions are read once, on the first query.
public sealed partial class PartnershipDataset
{
    /// <summary>Returns the references <paramref name="record"/> makes, in the order of the model's properties.</summary>
    /// <param name="record">
    /// A record of this dataset (answered from the index, without allocating), or any other record (read now, its ids
    /// resolved against this dataset).
    /// </param>
    /// <returns>
    /// One <see cref="RecordReference"/> per id held, in property order and, within a list, in list order; a person's
    /// references are those of its roles, role by role.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public EquatableArray<RecordReference> ReferencesOf(PartnershipRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Index.Ordinals.TryGetValue(record.Id, out var ordinal) && ReferenceEquals(Index.Records[ordinal], record))
        {
            return Index.References.From[ordinal];
        }

        var references = new List<RecordReference>();
        ReferenceIndex.Collect(record, Index.Find, references);
        return EquatableArray.TakeOwnership(references.ToArray());
    }

    /// <summary>Returns the references to the record with id <paramref name="id"/>.</summary>
    /// <param name="id">The record id (ordinal, case-sensitive), e.g. <c>unicef</c> or <c>SC.1.2</c>.</param>
    /// <returns>
    /// The references of every record that holds <paramref name="id"/>, in dataset order of the source and then as
    /// <see cref="ReferencesOf"/> orders them (a record that holds the id twice appears twice); empty when none does.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public EquatableArray<RecordReference> ReferencesTo(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Index.References.To.TryGetValue(id, out var references) ? references : default;
    }
}
