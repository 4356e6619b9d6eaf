namespace AseanUn.Model;

/// <summary>What sort of document a source is, which decides how it is cited.</summary>
public enum SourceDocumentKind
{
    /// <summary>A report with numbered paragraphs; citations name a paragraph.</summary>
    Report,

    /// <summary>A press release; cited as a whole.</summary>
    PressRelease,

    /// <summary>A statement, e.g. a chairman's statement of a summit; cited as a whole unless it numbers its paragraphs.</summary>
    Statement,

    /// <summary>A resolution, e.g. of the UN General Assembly; cited by paragraph where it numbers them.</summary>
    Resolution,
}
