using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace AseanUn.Model;

/// <summary>The field tables of the model: the fields every record has, and those each record type declares.</summary>
public static class RecordFields
{
    // The tables are the library's own arrays: callers get read-only views, so no cast can change what every caller reads.
    private static readonly ReadOnlyCollection<RecordField> CommonFields = Array.AsReadOnly(RecordFieldTable.PartnershipRecord);
    private static readonly ReadOnlyCollection<RecordField>[] TypeFields = Array.ConvertAll(RecordTypes.All, t => Array.AsReadOnly(t.Fields));

    /// <summary>Gets the fields every record has (declared by <see cref="PartnershipRecord"/>): <c>id</c>, <c>sources</c>, <c>note</c>, <c>statements</c>.</summary>
    public static IReadOnlyList<RecordField> Common => CommonFields;

    /// <summary>Returns the fields <paramref name="recordType"/> declares, in declaration order (not those every record has).</summary>
    /// <param name="recordType">A record type of the model, e.g. <c>typeof(Instrument)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is not a record type of the model.</exception>
    public static IReadOnlyList<RecordField> Of(Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        var index = RecordTypes.IndexOf(recordType);
        return index >= 0 ? TypeFields[index] : throw new ArgumentException($"{recordType.Name} is not a record type of the model.", nameof(recordType));
    }

    /// <summary>Returns the fields <paramref name="record"/>'s type declares, in declaration order.</summary>
    /// <param name="record">A record.</param>
    public static IReadOnlyList<RecordField> Of(PartnershipRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(record.GetType());
    }
}
