using System.Collections.Generic;

namespace AseanUn.Explorer.Json;

/// <summary>One row of <c>timeline --json</c>.</summary>
/// <param name="Date">The date in EDTF, e.g. <c>2014-06-19/2014-06-21</c>.</param>
/// <param name="Start">The first day the date covers (ISO), or null when open.</param>
/// <param name="End">The last day the date covers (ISO), or null when open.</param>
/// <param name="Kind">The event or instrument kind, else the record type, in camel case (<c>summit</c>, <c>activity</c>).</param>
/// <param name="Id">The record id.</param>
/// <param name="Title">The record's title.</param>
/// <param name="Place">The place's label, for events held somewhere.</param>
/// <param name="PlaceId">The place's record id, for events held somewhere.</param>
/// <param name="ActionLines">The action-line codes the record is tagged with.</param>
internal sealed record TimelineItem(
    string Date, string? Start, string? End, string Kind, string Id, string Title, string? Place, string? PlaceId, IReadOnlyList<string> ActionLines);
