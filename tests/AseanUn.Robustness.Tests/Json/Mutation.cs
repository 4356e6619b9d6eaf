namespace AseanUn.Robustness.Tests.Json;

/// <summary>The kinds of damage done to a dataset document.</summary>
internal enum Mutation
{
    /// <summary>The document as exported, or reformatted (minified, CRLF, with a byte-order mark): it must load.</summary>
    None,
    Truncated,
    BytesFlipped,
    WrongType,
    MissingProperty,
    ExtraOrDuplicateProperty,
    DuplicateId,
    DanglingId,
    InvalidOrReversedDate,
    HugeNumber,
    DeepNesting,
    LongString,
    InvalidUtf8,
}
