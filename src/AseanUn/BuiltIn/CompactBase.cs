using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// The fields every record has (<see cref="PartnershipRecord"/>'s), as the compact form writes them before the type's
/// own fields: id, sources, note, then the statements (<see cref="CompactStatements"/>), which also
/// carry what the views of them show (inferences, claims, an instrument's history). This is the one place they are
/// read and written; the generated reader of each type sets every field of this struct on the record it builds, by name.
/// </summary>
internal readonly struct CompactBase
{
    // Fields, not properties: the generated readers read them for every record, and a first read compiles no getters.
    public readonly string Id;
    public readonly EquatableArray<Citation> Sources;
    public readonly string? Note;
    public readonly EquatableArray<Statement> Statements;

    private CompactBase(string id, EquatableArray<Citation> sources, string? note, EquatableArray<Statement> statements) =>
        (Id, Sources, Note, Statements) = (id, sources, note, statements);

    /// <summary>Writes the base fields of <paramref name="record"/>.</summary>
    public static void Write(CompactWriter w, PartnershipRecord record)
    {
        w.String(record.Id);
        w.Array(record.Sources, CompactRecords.WriteCitation);
        w.String(record.Note);
        CompactStatements.Write(w, record);
    }

    /// <summary>Reads the base fields written by <see cref="Write"/>.</summary>
    public static CompactBase Read(CompactReader r) => new(
        r.String(),
        r.Array(CompactRecords.ReadCitation),
        r.OptionalString(),
        CompactStatements.Read(r));
}
