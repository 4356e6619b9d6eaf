using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A document the dataset's facts come from.</summary>
public sealed record SourceDocument : PartnershipRecord
{
    /// <summary>Gets the document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets who issued the document.</summary>
    public required string Publisher { get; init; }

    /// <summary>Gets the date up to which the document reports.</summary>
    public required PartialDate AsOf { get; init; }

    /// <summary>Gets the number of numbered paragraphs.</summary>
    public required int ParagraphCount { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override PartialDate? RecordDate => AsOf;

    /// <summary>Gets <see langword="null"/>: a source document reports the history; it is not part of it.</summary>
    public override PartialDate? TimelineDate => null;
}
