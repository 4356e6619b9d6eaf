namespace AseanUn.Analyzers.Codes;

/// <summary>One code of the vocabulary: its value, its kind, the constant that holds it and its successor, if superseded.</summary>
internal sealed class CodeEntry(string code, CodeKind kind, string constant, string memberName, string? successor)
{
    public string Code { get; } = code;

    public CodeKind Kind { get; } = kind;

    /// <summary>Gets the constant as a consumer writes it, e.g. <c>ActionLineCodes.Peacekeeping</c>.</summary>
    public string Constant { get; } = constant;

    /// <summary>Gets the bare name of the constant, e.g. <c>Peacekeeping</c>.</summary>
    public string MemberName { get; } = memberName;

    /// <summary>Gets the code of the line that replaces this one, or <see langword="null"/>.</summary>
    public string? Successor { get; } = successor;
}
