using System;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>
/// One record handed to the validator, with where it stands. An entry may carry only an id and a type (a record whose
/// JSON was too broken to read): its id still counts for duplicates and references, so one broken record does not
/// cause a cascade of dangling-reference reports.
/// </summary>
/// <param name="Record">The record, or <see langword="null"/> when it could not be read.</param>
/// <param name="Id">The record's id, if known.</param>
/// <param name="Type">The record type.</param>
/// <param name="Path">The JSON path of the record.</param>
/// <param name="Position">Where the JSON layer read the record from, if it did (opaque to the validator).</param>
internal sealed record RecordEntry(PartnershipRecord? Record, string? Id, Type Type, string Path, object? Position = null)
{
    /// <summary>Creates the entry of a read record: item <paramref name="index"/> of record group <paramref name="group"/>.</summary>
    public static RecordEntry Of(PartnershipRecord record, int group, int index) =>
        new(record, record.Id, RecordTypes.All[group].Type, RecordTypes.PathOf(group, index));
}
