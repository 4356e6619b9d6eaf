namespace AseanUn.Explorer.Json;

/// <summary>One record in a listing (<c>find --json</c>, the links of <c>show --json</c>).</summary>
/// <param name="Id">The record id.</param>
/// <param name="Type">The record type in camel case, e.g. <c>event</c>, <c>memberState</c>.</param>
/// <param name="Kind">The event, instrument, organisation or document kind in camel case (<c>summit</c>), if it has one.</param>
/// <param name="Title">The record's title or name.</param>
/// <param name="Date">Its timeline date in EDTF, if it has one.</param>
/// <param name="Relation">For a link, the kind of relation as one camel-case name, e.g. <c>participant</c>, <c>countryOfPlace</c>, <c>role</c>.</param>
/// <param name="RoleTitle">For a link through a person's role, the role's title, e.g. <c>Secretary-General of ASEAN</c>.</param>
internal sealed record RecordItem(string Id, string Type, string? Kind, string Title, string? Date, string? Relation = null, string? RoleTitle = null);
