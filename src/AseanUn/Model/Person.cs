using System.Collections.Generic;
using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>A person the report names, with the roles the report says they held.</summary>
[RecordGroup("people", 8)]
public sealed record Person : PartnershipRecord
{
    /// <summary>Gets the name as the report gives it, e.g. <c>Le Luong Minh</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the honorific the report uses, e.g. <c>H.E.</c> or <c>Mr.</c>.</summary>
    public string? Honorific { get; init; }

    /// <summary>Gets the roles the person held, as of the dates the report mentions them.</summary>
    public required EquatableArray<Role> Roles { get; init; }

    /// <inheritdoc/>
    public override string Label => Name;

    /// <inheritdoc/>
    internal override void AddSearchTexts(List<string> texts)
    {
        texts.Add(Name);
        foreach (var role in Roles)
        {
            texts.Add(role.Title);
        }
    }
}
