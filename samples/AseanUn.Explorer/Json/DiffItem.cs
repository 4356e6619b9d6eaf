namespace AseanUn.Explorer.Json;

/// <summary>One difference between two datasets, as <c>diff --json</c> writes it.</summary>
/// <param name="Change">What changed: <c>added</c>, <c>status</c>, <c>sources</c> or <c>correction</c>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Detail">What the change is, in words: the new record's title, "planned → adopted", the citations added, the claim.</param>
internal sealed record DiffItem(string Change, string Id, string Detail);
