namespace AseanUn.Model;

/// <summary>What a statement rests on: a citation (a paragraph, or a document as a whole) and an optional short quote of it.</summary>
/// <param name="Citation">The paragraph or document.</param>
/// <param name="Quote">The words of the source that state the value, at most <see cref="MaxQuoteLength"/> characters; optional.</param>
public readonly record struct Evidence(Citation Citation, string? Quote = null)
{
    /// <summary>The longest quote evidence may carry: enough to show the words, too short to copy the source.</summary>
    public const int MaxQuoteLength = 200;

    /// <summary>Returns one piece of evidence per citation, without quotes.</summary>
    /// <param name="citations">The citations.</param>
    public static Collections.EquatableArray<Evidence> Of(Collections.EquatableArray<Citation> citations)
    {
        var evidence = new Evidence[citations.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new Evidence(citations[i]);
        }

        return Collections.EquatableArray.TakeOwnership(evidence);
    }

    /// <summary>Formats the evidence as its citation, followed by the quote when there is one.</summary>
    public override string ToString() => Quote is null ? Citation.ToString() : $"{Citation} \"{Quote}\"";
}
