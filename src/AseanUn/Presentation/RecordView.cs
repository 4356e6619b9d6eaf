using System.Collections.Generic;

namespace AseanUn.Presentation;

/// <summary>One record as the report page shows, places, finds and links it.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Type">The record type's name, e.g. <c>Organisation</c>; the page uses it only where it makes a choice of its own (which marks it labels, which records its filters offer).</param>
/// <param name="TypeLabel">The type as <c>show</c> names it, with the record's kind: <c>Organisation (Post)</c>, <c>Event (Summit)</c>, <c>MemberState</c>.</param>
/// <param name="Kind">The record's kind, else its type, as the listings sort it: <c>Summit</c>, <c>Post</c>, <c>MemberState</c> (the kind filter's value).</param>
/// <param name="KindLabel">The kind in words: <c>summit</c>, <c>fund or programme</c>, <c>member state</c>.</param>
/// <param name="Label">The record's label (its name or title; an organisation's with its acronym).</param>
/// <param name="Date">The date that places the record on the timeline, as EDTF text (a key of the page's dates), or <see langword="null"/>.</param>
/// <param name="Lane">The key of the timeline lane the record is drawn in.</param>
/// <param name="Search">The record's search key: its folded texts (id, label, names, acronyms, aliases, codes) joined by U+0001, which no query word can match across.</param>
/// <param name="Lines">The action lines the record is tagged with.</param>
/// <param name="Areas">The areas of those action lines.</param>
/// <param name="Pillars">The pillars of those action lines.</param>
/// <param name="Involves">The ids of the organisations, member states and people the record involves, as the dataset's filters count them.</param>
/// <param name="Names">The references the record makes, in the model's order (what names a record is these, read the other way).</param>
internal sealed record RecordView(
    string Id,
    string Type,
    string TypeLabel,
    string Kind,
    string KindLabel,
    string Label,
    string? Date,
    string Lane,
    string Search,
    List<string> Lines,
    List<string> Areas,
    List<string> Pillars,
    List<string> Involves,
    List<RelationView> Names);
