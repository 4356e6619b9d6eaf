using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AseanUn.Explorer.Json;

/// <summary>One difference between two datasets, as <c>diff --json</c> writes it: what changed, from what to what, on whose word.</summary>
/// <param name="Change">What changed: <c>added</c>, <c>changed</c> (a field's value), <c>sources</c>, <c>correction</c>, <c>removed</c> (a record the earlier dataset held) or <c>retracted</c> (a value).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Evidence">The citations behind the change: the new record's, the dated step's (a status step), the added ones, or the correcting claim's; written last.</param>
/// <param name="Detail">The change in words, for the text listing only.</param>
/// <param name="Type">For an added or removed record, its type in camel case (<c>event</c>).</param>
/// <param name="Title">For an added or removed record, its title or name.</param>
/// <param name="Property">The property changed, by its JSON name: <c>status</c>, <c>sources</c>, or the corrected or retracted property (<c>date</c>).</param>
/// <param name="Before">The value before, in its JSON text form: the earlier value (<c>adopted</c>), or the value a correction replaces or disputes.</param>
/// <param name="After">The value after, in its JSON text form: the new value (<c>inForce</c>), or the value a correction claims.</param>
/// <param name="Date">For a change a dated step records (a status step), the step's date (EDTF).</param>
/// <param name="Rank">For a correction, the claim's rank: <c>preferred</c> when the record now carries it, else <c>normal</c> or <c>deprecated</c>.</param>
/// <param name="Reason">For a correction, why the source corrected or disputed the value; for a retraction, why it withdrew the record or value.</param>
internal sealed record DiffItem(
    string Change,
    string Id,
    [property: JsonPropertyOrder(1)] IReadOnlyList<SourceItem> Evidence,
    [property: JsonIgnore] string Detail,
    string? Type = null,
    string? Title = null,
    string? Property = null,
    string? Before = null,
    string? After = null,
    string? Date = null,
    string? Rank = null,
    string? Reason = null);
