namespace AseanUn.Presentation;

/// <summary>One reference a record makes.</summary>
/// <param name="Id">The id it names.</param>
/// <param name="Relation">What the target is to the source, in words: the role's title for a person's role, else the library's word for the property (<c>host</c>, <c>part of</c>).</param>
internal sealed record RelationView(string Id, string Relation);
