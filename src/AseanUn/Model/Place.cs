using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>A place where something happened: a city, or a venue within one.</summary>
[RecordGroup("places", 6)]
public sealed record Place : PartnershipRecord
{
    /// <summary>Gets the name as the report gives it, e.g. <c>Nay Pyi Taw</c> or <c>ASEAN Secretariat</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the city, e.g. <c>Jakarta</c>.</summary>
    public required string City { get; init; }

    /// <summary>Gets the country name as the report writes it, e.g. <c>Lao PDR</c> or <c>U.S.A.</c>.</summary>
    public required string Country { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country, e.g. <c>US</c>.</summary>
    /// <remarks>
    /// For a place in a member state this is the state's <see cref="MemberState.IsoAlpha2"/>, which links the two: an
    /// event held at the place involves that member state (<see cref="PartnershipDataset.RecordsInvolvingMemberState"/>).
    /// </remarks>
    public required string CountryCode { get; init; }

    /// <inheritdoc/>
    public override string Label => Name == City ? $"{City}, {Country}" : $"{Name}, {City}";

    /// <inheritdoc/>
    internal override void AddSearchTexts(List<string> texts) => texts.AddRange([Name, City, Country]);
}
