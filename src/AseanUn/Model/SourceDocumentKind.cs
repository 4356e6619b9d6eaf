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

    /// <summary>A note, e.g. a note by the Secretary-General transmitting a report or a note verbale; cited as a whole unless it numbers its paragraphs.</summary>
    Note,

    /// <summary>A news item, e.g. a story on an organisation's website; cited as a whole.</summary>
    NewsItem,
}
