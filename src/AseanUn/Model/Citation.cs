namespace AseanUn.Model;

/// <summary>A reference to one numbered paragraph of a source document.</summary>
/// <param name="DocumentId">The identifier of the <see cref="SourceDocument"/>.</param>
/// <param name="Paragraph">The paragraph number, starting at 1.</param>
public readonly record struct Citation(string DocumentId, int Paragraph)
{
    /// <summary>Formats the citation as <c>document ¶n</c>.</summary>
    public override string ToString() => $"{DocumentId} ¶{Paragraph}";
}
