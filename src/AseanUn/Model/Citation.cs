namespace AseanUn.Model;

/// <summary>A reference to a source document: one numbered paragraph of it, or the document as a whole.</summary>
/// <remarks>
/// A report with numbered paragraphs is cited by paragraph; a press release or statement without numbered paragraphs
/// is cited as a whole (<see cref="Paragraph"/> is <see langword="null"/>).
/// </remarks>
/// <param name="DocumentId">The identifier of the <see cref="SourceDocument"/>.</param>
/// <param name="Paragraph">The paragraph number, starting at 1, or <see langword="null"/> for the whole document.</param>
public readonly record struct Citation(string DocumentId, int? Paragraph)
{
    /// <summary>Cites <paramref name="documentId"/> as a whole.</summary>
    /// <param name="documentId">The identifier of the <see cref="SourceDocument"/>.</param>
    public Citation(string documentId)
        : this(documentId, null)
    {
    }

    /// <summary>Formats the citation as <c>document ¶n</c>, or <c>document</c> for a whole document.</summary>
    public override string ToString() => Paragraph is { } paragraph ? $"{DocumentId} ¶{paragraph}" : DocumentId;
}
