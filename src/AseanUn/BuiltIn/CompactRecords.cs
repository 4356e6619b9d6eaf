using System;
using System.IO;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.BuiltIn;

/// <summary>
/// Writes and reads every record type of the model in the compact data form: a tag, the fields every record has, then
/// the type's own fields. Each type's writer and reader sit side by side, in the same field order; a round-trip test
/// with every property set keeps them in step.
/// </summary>
internal static class CompactRecords
{
    // One tag per record type; the numbers are part of the form (CompactFormat.Version).
    private enum Tag : byte
    {
        SourceDocument,
        Pillar,
        Area,
        ActionLine,
        MemberState,
        StateGrouping,
        Place,
        Organisation,
        Person,
        Instrument,
        Event,
        Activity,
        Figure,
    }

    /// <summary>Writes <paramref name="record"/> with its tag.</summary>
    /// <exception cref="ArgumentException">The record is of a type the form does not know.</exception>
    public static void Write(CompactWriter w, PartnershipRecord record)
    {
        w.Byte((byte)TagOf(record));
        w.String(record.Id);
        w.Array(record.Sources, WriteCitation);
        w.String(record.Note);
        CompactStatements.Write(w, record);
        switch (record)
        {
            case SourceDocument d:
                w.String(d.Title); w.String(d.Publisher); w.Date(d.AsOf); w.Int(d.ParagraphCount); w.Int((int)d.Kind); w.OptionalDate(d.Issued); w.String(d.Url);
                w.String(d.PlaceOfIssueId); w.Bool(d.ThirdPartyCopy);
                break;
            case Pillar p:
                w.String(p.Name);
                break;
            case Area a:
                w.String(a.PillarCode); w.String(a.Name);
                break;
            case ActionLine l:
                w.String(l.AreaCode); w.String(l.Name); w.String(l.SupersededBy);
                break;
            case MemberState s:
                w.String(s.Name); w.String(s.IsoAlpha2); w.String(s.IsoAlpha3);
                break;
            case StateGrouping g:
                w.String(g.Name); w.Strings(g.MemberIds);
                break;
            case Place p:
                w.String(p.Name); w.String(p.City); w.String(p.Country); w.String(p.CountryCode);
                break;
            case Organisation o:
                w.String(o.Name); w.String(o.Acronym); w.Strings(o.Aliases); w.Int((int)o.Kind); w.Int((int)o.Side); w.String(o.ParentId); w.String(o.Description);
                break;
            case Person p:
                w.String(p.Name); w.String(p.Honorific);
                w.Array(p.Roles, static (w, r) => { w.String(r.Title); w.String(r.OrganisationId); w.String(r.MemberStateId); w.OptionalDate(r.During); });
                break;
            case Instrument i:
                w.Int((int)i.Kind); w.String(i.Title); w.String(i.ShortName); w.String(i.Symbol); w.OptionalDate(i.Date); w.OptionalDate(i.Period);
                w.Int((int)i.AuthoredStatus);
                w.Strings(i.PartyIds); w.Strings(i.ActionLineCodes); w.String(i.ImplementsId); w.String(i.Description);
                break;
            case Event e:
                w.Int((int)e.Kind); w.String(e.Title); w.OptionalInt(e.Ordinal); w.Date(e.Date); w.String(e.PlaceId); w.String(e.HostStateId);
                w.Strings(e.ParticipantIds); w.Strings(e.OutcomeIds); w.Strings(e.ActionLineCodes); w.String(e.SidelinesOfId); w.String(e.Description);
                w.Bool(e.Planned); w.Strings(e.SubjectIds); w.String(e.SeriesId);
                break;
            case Activity a:
                w.String(a.Title); w.Strings(a.SupporterIds); w.Strings(a.PartnerIds); w.Strings(a.InstrumentIds); w.Strings(a.ActionLineCodes);
                w.OptionalDate(a.Period); w.String(a.Description);
                break;
            case Figure f:
                w.String(f.Title); w.Decimal(f.Value); w.String(f.Unit); w.Int((int)f.Precision); w.Date(f.AsOf); w.Strings(f.SubjectIds); w.Strings(f.ActionLineCodes);
                w.String(f.ContinuesId);
                break;
        }
    }

    /// <summary>Reads one record written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The tag is not one of the form's.</exception>
    public static PartnershipRecord Read(CompactReader r)
    {
        var tag = (Tag)r.Byte();
        var id = r.String();
        var sources = r.Array(ReadCitation);
        var note = r.OptionalString();
        var statements = CompactStatements.Read(r);
        return tag switch
        {
            Tag.SourceDocument => new SourceDocument
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Title = r.String(), Publisher = r.String(), AsOf = r.Date(), ParagraphCount = r.Int(), Kind = (SourceDocumentKind)r.Int(), Issued = r.OptionalDate(),
                Url = r.OptionalString(), PlaceOfIssueId = r.OptionalString(), ThirdPartyCopy = r.Bool(),
            },
            Tag.Pillar => new Pillar { Id = id, Sources = sources, Note = note, Statements = statements, Name = r.String() },
            Tag.Area => new Area { Id = id, Sources = sources, Note = note, Statements = statements, PillarCode = r.String(), Name = r.String() },
            Tag.ActionLine => new ActionLine
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                AreaCode = r.String(), Name = r.String(), SupersededBy = r.OptionalString(),
            },
            Tag.MemberState => new MemberState
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Name = r.String(), IsoAlpha2 = r.String(), IsoAlpha3 = r.String(),
            },
            Tag.StateGrouping => new StateGrouping
            {
                Id = id, Sources = sources, Note = note, Statements = statements, Name = r.String(), MemberIds = r.Strings(),
            },
            Tag.Place => new Place
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Name = r.String(), City = r.String(), Country = r.String(), CountryCode = r.String(),
            },
            Tag.Organisation => new Organisation
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Name = r.String(), Acronym = r.OptionalString(), Aliases = r.Strings(), Kind = (OrganisationKind)r.Int(), Side = (Side)r.Int(),
                ParentId = r.OptionalString(), Description = r.OptionalString(),
            },
            Tag.Person => new Person
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Name = r.String(), Honorific = r.OptionalString(), Roles = r.Array(ReadRole),
            },
            Tag.Instrument => new Instrument
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Kind = (InstrumentKind)r.Int(), Title = r.String(), ShortName = r.OptionalString(), Symbol = r.OptionalString(), Date = r.OptionalDate(),
                Period = r.OptionalDate(), Status = (InstrumentStatus)r.Int(), PartyIds = r.Strings(),
                ActionLineCodes = r.Strings(), ImplementsId = r.OptionalString(), Description = r.OptionalString(),
            },
            Tag.Event => new Event
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Kind = (EventKind)r.Int(), Title = r.String(), Ordinal = r.OptionalInt(), Date = r.Date(), PlaceId = r.OptionalString(),
                HostStateId = r.OptionalString(), ParticipantIds = r.Strings(), OutcomeIds = r.Strings(), ActionLineCodes = r.Strings(),
                SidelinesOfId = r.OptionalString(), Description = r.OptionalString(), Planned = r.Bool(), SubjectIds = r.Strings(), SeriesId = r.OptionalString(),
            },
            Tag.Activity => new Activity
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Title = r.String(), SupporterIds = r.Strings(), PartnerIds = r.Strings(), InstrumentIds = r.Strings(), ActionLineCodes = r.Strings(),
                Period = r.OptionalDate(), Description = r.OptionalString(),
            },
            Tag.Figure => new Figure
            {
                Id = id, Sources = sources, Note = note, Statements = statements,
                Title = r.String(), Value = r.Decimal(), Unit = r.String(), Precision = (FigurePrecision)r.Int(), AsOf = r.Date(), SubjectIds = r.Strings(),
                ActionLineCodes = r.Strings(), ContinuesId = r.OptionalString(),
            },
            _ => throw new InvalidDataException($"The built-in data holds a record of unknown tag {(int)tag} (id '{id}')."),
        };
    }

    private static Tag TagOf(PartnershipRecord record) => record switch
    {
        SourceDocument => Tag.SourceDocument,
        Pillar => Tag.Pillar,
        Area => Tag.Area,
        ActionLine => Tag.ActionLine,
        MemberState => Tag.MemberState,
        StateGrouping => Tag.StateGrouping,
        Place => Tag.Place,
        Organisation => Tag.Organisation,
        Person => Tag.Person,
        Instrument => Tag.Instrument,
        Event => Tag.Event,
        Activity => Tag.Activity,
        Figure => Tag.Figure,
        _ => throw new ArgumentException($"The compact data form has no tag for record type {record.GetType().Name}.", nameof(record)),
    };

    private static void WriteCitation(CompactWriter w, Citation citation)
    {
        w.String(citation.DocumentId);
        w.OptionalInt(citation.Paragraph);
    }

    private static Citation ReadCitation(CompactReader r) => new(r.String(), r.OptionalInt());

    private static Role ReadRole(CompactReader r) =>
        new() { Title = r.String(), OrganisationId = r.OptionalString(), MemberStateId = r.OptionalString(), During = r.OptionalDate() };
}
