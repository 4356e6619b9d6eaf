using System;
using System.IO;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes and reads every record type of the model in the compact data form: the fields every record has
/// (<see cref="CompactBase"/>), then the type's own fields in declaration order. A record carries no tag: the form
/// keeps each type's records together (see <see cref="CompactDataset"/>), so the reader knows the type from the group.
/// The per-type part is generated from the model (CompactRecords.g.cs), one reader per type so that reading one group
/// compiles one; a value of a type the generator does not take apart is read and written by a hook here, named for
/// its type (<c>ReadCitation</c>).
/// </summary>
internal static partial class CompactRecords
{
    /// <summary>Writes <paramref name="record"/>, without its type: the group it is written in says that.</summary>
    public static void Write(CompactWriter w, PartnershipRecord record)
    {
        CompactBase.Write(w, record);
        WriteOwnFields(w, record);
    }

    /// <summary>Reads one record of group <paramref name="group"/> (its type's position in dataset order) written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The group is not one of the form's.</exception>
    public static PartnershipRecord Read(CompactReader r, int group) => ReadOwnFields(r, group, CompactBase.Read(r));

    /// <summary>Writes a citation: its document id, then its paragraph.</summary>
    internal static void WriteCitation(CompactWriter w, Citation citation)
    {
        w.String(citation.DocumentId);
        w.OptionalInt(citation.Paragraph);
    }

    /// <summary>Reads a citation written by <see cref="WriteCitation"/>.</summary>
    internal static Citation ReadCitation(CompactReader r) => new(r.String(), r.OptionalInt());
}
