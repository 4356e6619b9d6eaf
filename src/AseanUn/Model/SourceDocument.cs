using AseanUn.Authoring;
using AseanUn.Dates;

namespace AseanUn.Model;

/// <summary>A document the dataset's facts come from: a report with numbered paragraphs, a press release, a statement or a resolution.</summary>
[RecordGroup("sourceDocuments", 0)]
public sealed record SourceDocument : PartnershipRecord
{
    /// <summary>Gets the document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets who issued the document.</summary>
    public required string Publisher { get; init; }

    /// <summary>Gets the date up to which the document reports.</summary>
    public required PartialDate AsOf { get; init; }

    /// <summary>Gets the number of numbered paragraphs; 0 for a document without numbered paragraphs, cited as a whole.</summary>
    public required int ParagraphCount { get; init; }

    /// <summary>Gets what sort of document it is; a report unless said otherwise.</summary>
    public SourceDocumentKind Kind { get; init; }

    /// <summary>Gets the date the document was issued, where it carries one (press releases and statements do).</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>Gets the public address of the document, if it has one.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the id of the place the document was issued at, where it says (e.g. "Bangkok, 8 December 2017").</summary>
    [RecordReference(typeof(Place))]
    public string? PlaceOfIssueId { get; init; }

    /// <summary>Gets whether <see cref="Url"/> is a copy held by a third party (an archive, another organisation's site), not the issuer's own.</summary>
    public bool ThirdPartyCopy { get; init; }

    /// <inheritdoc/>
    public override string Label => Title;

    /// <inheritdoc/>
    public override string? KindName => Kind.ToString();

    /// <inheritdoc/>
    public override PartialDate? RecordDate => AsOf;

    /// <summary>Gets <see langword="null"/>: a source document reports the history; it is not part of it.</summary>
    public override PartialDate? TimelineDate => null;
}
