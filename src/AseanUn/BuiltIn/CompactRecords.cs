using System;
using System.IO;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes and reads every record type of the model in the compact data form: a tag (the type's position in dataset
/// order, <see cref="RecordTypes.All"/>), the fields every record has (<see cref="CompactBase"/>), then the type's own
/// fields in declaration order. The per-type part is generated from the model (CompactRecords.g.cs); a value of a type
/// the generator does not take apart is read and written by a hook here, named for its type (<c>ReadCitation</c>).
/// </summary>
internal static partial class CompactRecords
{
    /// <summary>Writes <paramref name="record"/> with its tag.</summary>
    /// <exception cref="ArgumentException">The record is of a type the form does not know.</exception>
    public static void Write(CompactWriter w, PartnershipRecord record)
    {
        var tag = RecordTypes.IndexOf(record);
        if (tag < 0)
        {
            throw new ArgumentException($"The compact data form has no tag for record type {record.GetType().Name}.", nameof(record));
        }

        w.Byte((byte)tag);
        CompactBase.Write(w, record);
        WriteOwnFields(w, record);
    }

    /// <summary>Reads one record written by <see cref="Write"/>, with its tag: its type's position in dataset order.</summary>
    /// <exception cref="InvalidDataException">The tag is not one of the form's.</exception>
    public static (PartnershipRecord Record, int Group) Read(CompactReader r)
    {
        var tag = r.Byte();
        var @base = CompactBase.Read(r);
        return (ReadOwnFields(r, tag, @base), tag);
    }

    /// <summary>Writes a citation: its document id, then its paragraph.</summary>
    internal static void WriteCitation(CompactWriter w, Citation citation)
    {
        w.String(citation.DocumentId);
        w.OptionalInt(citation.Paragraph);
    }

    /// <summary>Reads a citation written by <see cref="WriteCitation"/>.</summary>
    internal static Citation ReadCitation(CompactReader r) => new(r.String(), r.OptionalInt());
}
