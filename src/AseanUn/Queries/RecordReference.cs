using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>
/// One id that a record holds in one of its reference properties: who refers, through which property, to what.
/// </summary>
/// <remarks>
/// A list property gives one reference per id it holds. A person's references are held by its roles: for those,
/// <see cref="Property"/> is the role's property and <see cref="RoleIndex"/> says which role.
/// </remarks>
/// <param name="Source">The record that holds the id.</param>
/// <param name="Property">
/// The property holding the id, by its camelCase JSON name (as in the interchange format), e.g. <c>placeId</c>,
/// <c>outcomeIds</c>, or <c>organisationId</c> for a role.
/// </param>
/// <param name="TargetId">The id referred to.</param>
/// <param name="RoleIndex">The index in <see cref="Person.Roles"/> of the role holding the id; <see langword="null"/> when the record holds it.</param>
/// <param name="Target">The record with id <see cref="TargetId"/>, or <see langword="null"/> when the dataset has none.</param>
public readonly record struct RecordReference(
    PartnershipRecord Source,
    string Property,
    string TargetId,
    int? RoleIndex,
    PartnershipRecord? Target)
{
    /// <summary>Gets the role holding the id, when the source is a person; otherwise <see langword="null"/>.</summary>
    public Role? Role => RoleIndex is { } index && Source is Person person ? person.Roles[index] : null;

    /// <summary>
    /// Gets what the target is to the source, for people reading: the role's title for a person's role (e.g.
    /// <c>Secretary-General of ASEAN</c>), else a word for the property (e.g. <c>host</c>, <c>part of</c>, <c>outcome</c>).
    /// </summary>
    public string Relation => Role?.Title ?? RecordTypes.RelationOf(Source, Property);
}
