using System;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Explorer.Records;

/// <summary>
/// Names what the target of a reference is to its source: in words for people reading <c>show</c> (a role's title, or
/// the library's word for the property, e.g. <c>part of</c>), and as one camel-case name per kind of relation for
/// <c>show --json</c> (<c>partOf</c>, <c>role</c>), so a script can filter on it without matching display text.
/// </summary>
internal static class RelationLabels
{
    /// <summary>The relation of a person to the organisation or member state of one of its roles; the role's title says which.</summary>
    public const string Role = "role";

    /// <summary>Gets every relation's JSON name: the library's property words, <see cref="Role"/> and the explorer's own links.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. RecordTypes.All.SelectMany(t => t.References).SelectMany(p => p.HasItems ? [] : new[] { p.Relation })
            .Append(Role).Append(RecordLinks.Country).Append(RecordLinks.CountryOfPlace).Select(JsonNameOf).Distinct(),
    ];

    /// <summary>Returns the kind of relation of <paramref name="reference"/>: <see cref="Role"/> for a person's role, else the library's word for its property.</summary>
    public static string Of(RecordReference reference) =>
        reference.Role is null ? RecordTypes.RelationOf(reference.Source, reference.Property) : Role;

    /// <summary>Returns the link of a reference to the record at <paramref name="id"/>, with the role's title when a role holds it.</summary>
    public static RecordLink LinkOf(RecordReference reference, string id, PartnershipRecord? record) =>
        new(id, record, Of(reference), reference.Role?.Title);

    /// <summary>Returns how the text listing names a link's relation: the role's title, else the relation's words.</summary>
    public static string TextOf(RecordLink link) => link.RoleTitle ?? link.Relation;

    /// <summary>Returns a relation's words as one camel-case name: <c>country of place</c> → <c>countryOfPlace</c>.</summary>
    public static string JsonNameOf(string relation)
    {
        var words = relation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
