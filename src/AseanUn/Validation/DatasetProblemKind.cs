namespace AseanUn.Validation;

/// <summary>What kind of problem a <see cref="DatasetProblem"/> is.</summary>
public enum DatasetProblemKind
{
    /// <summary>The document is not well-formed JSON; the position is that of the syntax error.</summary>
    MalformedJson,

    /// <summary>The document declares a format version this library does not read.</summary>
    UnsupportedVersion,

    /// <summary>A property that the format does not define.</summary>
    UnknownProperty,

    /// <summary>A property given twice in one object.</summary>
    DuplicateProperty,

    /// <summary>A required property is missing; the position is that of the object.</summary>
    MissingProperty,

    /// <summary>A value of the wrong JSON type, e.g. a number where a string is expected, or a name no enumeration has.</summary>
    WrongType,

    /// <summary>A value of the right type that is not allowed, e.g. an empty edition or a paragraph count of zero.</summary>
    InvalidValue,

    /// <summary>A date that is not valid EDTF text, or names a day that does not exist.</summary>
    InvalidDate,

    /// <summary>A date interval whose end comes before its start.</summary>
    EndBeforeStart,

    /// <summary>A record id that is empty or not of the required shape (kebab-case, or a code for pillars, areas and action lines).</summary>
    InvalidId,

    /// <summary>A record id used by more than one record.</summary>
    DuplicateId,

    /// <summary>A reference to a pillar, area or action-line code that the dataset does not have.</summary>
    UnknownCode,

    /// <summary>An area or action-line code that does not start with the code of the pillar or area it claims to belong to.</summary>
    InconsistentCode,

    /// <summary>A reference that names no record, or names a record of a type the property does not allow.</summary>
    DanglingReference,

    /// <summary>A record that cites no source paragraph.</summary>
    MissingCitation,

    /// <summary>A citation of a paragraph the cited document does not have.</summary>
    InvalidCitation,

    /// <summary>An organisation name, acronym or alias that also names another organisation.</summary>
    AmbiguousName,

    /// <summary>
    /// A document larger, or nesting arrays and objects deeper, than the importer reads (see
    /// <see cref="AseanUn.Json.DatasetJson"/>); nothing else is checked. Also the closing problem of an import that
    /// found more problems than it lists (the first 1,000), giving how many more there were.
    /// </summary>
    LimitExceeded,

    /// <summary>A file that could not be read at all: it does not exist, is a folder, or access to it is denied.</summary>
    Unreadable,

    /// <summary>A layer that requires an edition the stack it is merged onto does not hold.</summary>
    MissingRequirement,

    /// <summary>A statement, status step or dated act later than the as-of date of the layer that states it.</summary>
    AfterAsOf,

    /// <summary>An instrument's status moving back (e.g. adopted to in preparation) without a reason.</summary>
    StatusBackwards,

    /// <summary>Records that supersede each other in a cycle, or a record that supersedes itself.</summary>
    SupersessionCycle,
}
