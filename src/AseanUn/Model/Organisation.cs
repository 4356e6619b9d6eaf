using System.Collections.Generic;
using AseanUn.Authoring;
using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>An organisation or body of either side of the partnership, or of neither.</summary>
[RecordGroup("organisations", 7)]
public sealed record Organisation : PartnershipRecord
{
    /// <summary>Gets the full name as the report gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the acronym the report uses, if any, e.g. <c>UNESCAP</c>.</summary>
    public string? Acronym { get; init; }

    /// <summary>Gets other names and acronyms by which the body is known, e.g. <c>ESCAP</c> and <c>UN-ESCAP</c>.</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Gets the kind of body.</summary>
    public required OrganisationKind Kind { get; init; }

    /// <summary>Gets the side of the partnership.</summary>
    public required Side Side { get; init; }

    /// <summary>Gets the id of the organisation this body belongs to or reports to, if any.</summary>
    [RecordReference(typeof(Organisation), Relation = "part of")]
    public string? ParentId { get; init; }

    /// <summary>Gets a short description in the project's own words.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    public override string Label => Acronym is null ? Name : $"{Name} ({Acronym})";

    /// <inheritdoc/>
    public override string? KindName => Kind.ToString();

    /// <inheritdoc/>
    internal override void AddSearchTexts(List<string> texts)
    {
        texts.Add(Name);
        texts.AddRange(Searchable.Present(Acronym));
        texts.AddRange(Aliases);
    }
}
