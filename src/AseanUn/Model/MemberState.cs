using System.Collections.Generic;

namespace AseanUn.Model;

/// <summary>One of the ten ASEAN Member States.</summary>
[RecordGroup("memberStates", 4)]
public sealed record MemberState : PartnershipRecord
{
    /// <summary>Gets the short name as the report writes it, e.g. <c>Lao PDR</c>, <c>Viet Nam</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code, e.g. <c>LA</c>.</summary>
    public required string IsoAlpha2 { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code, e.g. <c>LAO</c>.</summary>
    public required string IsoAlpha3 { get; init; }

    /// <inheritdoc/>
    public override string Label => Name;

    /// <inheritdoc/>
    internal override void AddSearchTexts(List<string> texts) => texts.AddRange([Name, IsoAlpha2, IsoAlpha3]);
}
