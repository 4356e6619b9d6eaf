using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AseanUn.Explorer.Json;

/// <summary>One difference between two datasets, as <c>diff --json</c> writes it: what changed, from what to what, on whose word.</summary>
/// <param name="Change">What changed: <c>added</c>, <c>status</c>, <c>sources</c> or <c>correction</c>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Evidence">The citations behind the change: the new record's, the status step's, the added ones, or the correcting claim's; written last.</param>
/// <param name="Detail">The change in words, for the text listing only.</param>
/// <param name="Type">For an added record, its type in camel case (<c>event</c>).</param>
/// <param name="Title">For an added record, its title or name.</param>
/// <param name="Property">The property changed in camel case: <c>status</c>, <c>sources</c>, or the corrected property (<c>date</c>).</param>
/// <param name="Before">The value before: the earlier status (<c>adopted</c>), or the value a correction replaces or disputes.</param>
/// <param name="After">The value after: the new status (<c>inForce</c>), or the value a correction claims.</param>
/// <param name="Date">For a status change, the date of the new step (EDTF).</param>
/// <param name="Rank">For a correction, the claim's rank: <c>preferred</c> when the record now carries it, else <c>normal</c> or <c>deprecated</c>.</param>
/// <param name="Reason">For a correction, why the source corrected or disputed the value.</param>
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
