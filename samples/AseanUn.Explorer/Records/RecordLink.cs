using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>One link <c>show</c> lists: the record at the other end (null when the dataset lacks it) and how the two are related.</summary>
/// <param name="Id">The other record's id.</param>
/// <param name="Record">The other record, if the dataset holds it.</param>
/// <param name="Relation">The kind of relation, in words, e.g. <c>participant</c>, <c>country of place</c>, <c>role</c> (see <see cref="RelationLabels"/>).</param>
/// <param name="RoleTitle">For a person's role, its title, e.g. <c>Secretary-General of ASEAN</c>; otherwise <see langword="null"/>.</param>
internal sealed record RecordLink(string Id, PartnershipRecord? Record, string Relation, string? RoleTitle = null);
