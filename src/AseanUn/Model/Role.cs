using AseanUn.Authoring;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A position a person held.</summary>
public sealed record Role
{
    /// <summary>Gets the title as the report gives it, e.g. <c>Secretary-General of ASEAN</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the id of the organisation the role belongs to, if any.</summary>
    [RecordReference(typeof(Organisation))]
    public string? OrganisationId { get; init; }

    /// <summary>Gets the id of the member state the person represented, if any.</summary>
    [RecordReference(typeof(MemberState))]
    public string? MemberStateId { get; init; }

    /// <summary>Gets when the report shows the person in the role (an as-of date or span), if it says.</summary>
    public PartialDate? During { get; init; }
}
