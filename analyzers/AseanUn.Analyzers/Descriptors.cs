using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers;

/// <summary>Every rule AseanUn reports, in one place. Severities are defaults; .editorconfig can change each.</summary>
internal static class Descriptors
{
    /// <summary>AUN0001: a constant at an action-line place names no action line.</summary>
    public static readonly DiagnosticDescriptor UnknownActionLineCode = Create(
        "AUN0001",
        "Unknown action-line code",
        "'{0}' is not an action-line code{1}",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Error,
        "The string reaches a place marked [ActionLineCode] but matches none of the constants of AseanUn.ActionLineCodes in the referenced AseanUn version.");

    /// <summary>AUN0002: a constant at a pillar place names no pillar.</summary>
    public static readonly DiagnosticDescriptor UnknownPillarCode = Create(
        "AUN0002",
        "Unknown pillar code",
        "'{0}' is not a pillar code{1}",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Error,
        "The string reaches a place marked [PillarCode] but matches none of the constants of AseanUn.PillarCodes.");

    /// <summary>AUN0003: one call states a pillar (or area) and a code that lies elsewhere.</summary>
    public static readonly DiagnosticDescriptor CodeNotUnderStatedParent = Create(
        "AUN0003",
        "Code not under the stated pillar or area",
        "{0} '{1}' is not under {2} '{3}'",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Error,
        "A call, object creation or attribute takes a pillar (or area) code together with action-line or area codes; each of those must lie under the stated pillar (or area).");

    /// <summary>AUN0004: a constant at an area place names no area.</summary>
    public static readonly DiagnosticDescriptor UnknownAreaCode = Create(
        "AUN0004",
        "Unknown area code",
        "'{0}' is not an area code{1}",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Error,
        "The string reaches a place marked [AreaCode] but matches none of the constants of AseanUn.AreaCodes.");

    /// <summary>AUN0005: a constant does not have the shape of the code the place takes.</summary>
    public static readonly DiagnosticDescriptor MalformedCode = Create(
        "AUN0005",
        "Malformed code",
        "'{0}' is not a well-formed {1} code, which looks like '{2}'{3}",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Error,
        "Codes are upper-case pillar letters and numbers without leading zeros, joined by dots: 'SC', 'SC.1', 'SC.1.2'.");

    /// <summary>AUN0006: an action line that has been superseded by another.</summary>
    public static readonly DiagnosticDescriptor SupersededActionLine = Create(
        "AUN0006",
        "Superseded action line",
        "Action line '{0}' has been superseded by '{1}'",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Warning,
        "The action line is marked [SupersededBy] in the referenced AseanUn version; new work is tagged with its successor.");

    /// <summary>AUN0007: a literal that equals a known code where the typed constant reads better.</summary>
    public static readonly DiagnosticDescriptor PreferTypedConstant = Create(
        "AUN0007",
        "Prefer the typed code constant",
        "Use {1} instead of the literal '{0}'",
        DiagnosticCategories.Codes,
        DiagnosticSeverity.Info,
        "The named constants of PillarCodes, AreaCodes and ActionLineCodes say what a code means and cannot be mistyped.");

    /// <summary>AUN0101: two records of the dataset source share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateRecordId = Create(
        "AUN0101",
        "Duplicate record id",
        "Record id '{0}' is already used at {1}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "Record ids are unique across the whole dataset, whatever the record type.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>AUN0102: a reference that names no record of the dataset source, or one of the wrong kind.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "AUN0102",
        "Reference does not resolve",
        "Reference '{0}' does not resolve: {1}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "A [RecordReference] property or parameter must name the id of a record of one of the types it allows.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>AUN0103: a date constant that names a day, month or year that cannot exist.</summary>
    public static readonly DiagnosticDescriptor ImpossibleDate = Create(
        "AUN0103",
        "Impossible date",
        "Impossible date: {0}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "The constant arguments describe a date that does not exist, so the dataset would throw when it is first loaded.");

    /// <summary>AUN0104: an interval whose end comes before its start.</summary>
    public static readonly DiagnosticDescriptor EndBeforeStart = Create(
        "AUN0104",
        "End before start",
        "{0}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "An interval's end must not come before its start; the dataset would throw when it is first loaded.");

    /// <summary>AUN0105: a record that cites no source paragraph.</summary>
    public static readonly DiagnosticDescriptor MissingSourceCitation = Create(
        "AUN0105",
        "Record without a source citation",
        "{0} cites no source paragraph",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "Every fact of the dataset comes from the source report and cites the paragraph or paragraphs it comes from.");

    /// <summary>AUN0106: a citation of a paragraph the source document does not have.</summary>
    public static readonly DiagnosticDescriptor ParagraphOutOfRange = Create(
        "AUN0106",
        "Cited paragraph does not exist",
        "Paragraph {0} does not exist in '{1}': {2}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "A citation names a paragraph number below 1 or above the paragraph count of its source document.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>AUN0107: an inference marker or inferred statement without a reason, or a marker about a property its record does not have.</summary>
    public static readonly DiagnosticDescriptor InferenceWithoutBasis = Create(
        "AUN0107",
        "Inference without a reason or about a missing property",
        "The inference about '{0}' {1}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "Every value a record infers rather than takes from its cited paragraphs carries a one-line reason, and names a property of that record, so that readers can tell stated values from inferred ones.");

    /// <summary>AUN0108: a statement or status step that cites no evidence.</summary>
    public static readonly DiagnosticDescriptor StatementWithoutEvidence = Create(
        "AUN0108",
        "Statement without evidence",
        "{0} cites no evidence",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "Every statement about a value, and every dated status step, cites the paragraph or document it comes from; the record's own sources do not stand in for it.");

    /// <summary>AUN0109: a statement's time that another statement of the same record and property contradicts.</summary>
    public static readonly DiagnosticDescriptor ContradictoryTime = Create(
        "AUN0109",
        "Time contradicts another statement",
        "{0}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "A lasting act (signed, adopted, published, issued, concluded) happens once; status steps go in date order; no step comes after the as-of date of the documents it cites; an instrument's date is the time of its signing, adoption, publication or issue step.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>AUN0110: a quote in evidence longer than the model allows.</summary>
    public static readonly DiagnosticDescriptor QuoteTooLong = Create(
        "AUN0110",
        "Quote too long",
        "The quote is {0} characters long; evidence quotes at most {1}",
        DiagnosticCategories.Dataset,
        DiagnosticSeverity.Error,
        "Evidence may quote its paragraph, briefly: at most 200 characters, enough to find the words the value rests on. The paragraph number says where the rest is.");

    /// <summary>AUN0201: a data file that is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedJson = Create(
        "AUN0201",
        "Malformed JSON",
        "{0}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "A data file (*.aseanun.json) must be JSON as RFC 8259 defines it: double-quoted names and strings, no comments, no trailing commas. The first syntax error is reported; nothing else in the file is checked until it is fixed.");

    /// <summary>AUN0202: a property the data format does not have at that place, or one given twice.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonProperty = Create(
        "AUN0202",
        "Unknown or repeated property",
        "{0}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "Each object of a data file has the properties its place in the format gives it (docs/data-format.md), each at most once; a misspelt or misplaced property would be refused when the file is loaded.");

    /// <summary>AUN0203: a value of the wrong JSON type, an enumeration name the format does not have, or an unsupported version.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonValue = Create(
        "AUN0203",
        "Value of the wrong type or not an allowed name",
        "{0}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "Each property holds the JSON type the format gives it (a string, a whole number, an array, an object …); kinds, statuses and other enumerations take one of their camel-case names; the version is one the referenced AseanUn reads.");

    /// <summary>AUN0204: a pillar, area or action-line code that the stack does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonCode = Create(
        "AUN0204",
        "Unknown code",
        "{0} is not {1} code of the stack this file builds on{2}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "A property that takes pillar, area or action-line codes names codes of the built-in dataset (docs/codes.md), of its shipped layers, or of the files of the stack.");

    /// <summary>AUN0205: a reference that names no record of an allowed type in the stack.</summary>
    public static readonly DiagnosticDescriptor DanglingJsonReference = Create(
        "AUN0205",
        "Reference does not resolve",
        "{0} {1}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "A reference (an id in a property such as placeId, partyIds or recordId, or a citation's documentId) names a record of a type the property allows, in the built-in dataset, its shipped layers, the file itself, or a project data file whose edition the file requires.");

    /// <summary>AUN0206: a layer that requires an edition nothing in the stack has.</summary>
    public static readonly DiagnosticDescriptor UnknownRequiredEdition = Create(
        "AUN0206",
        "Unknown required edition",
        "{0} is not the edition of the built-in dataset, a shipped layer or another data file of the project{1}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "Each edition in layer.requires names what the layer builds on: the built-in dataset's edition, a layer shipped in the referenced AseanUn, or the edition of another *.aseanun.json file of the project.");

    /// <summary>AUN0207: an object without a property the format requires.</summary>
    public static readonly DiagnosticDescriptor MissingJsonProperty = Create(
        "AUN0207",
        "Missing required property",
        "The required property {0} is missing from {1}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "Some properties must always be given: a document's version, edition, asOf and records; a record's id and sources; a citation's documentId; and the others docs/data-format.md marks as required.");

    /// <summary>AUN0208: a record whose id the file or its stack already uses.</summary>
    public static readonly DiagnosticDescriptor DuplicateJsonRecordId = Create(
        "AUN0208",
        "Duplicate record id",
        "Record id {0} is already used {1}",
        DiagnosticCategories.JsonData,
        DiagnosticSeverity.Error,
        "Record ids are unique across the whole stack, whatever the record type: a new record takes an id that neither the built-in dataset, its shipped layers, the files the data file requires nor the file itself uses. To change an existing record, use updates.");

    /// <summary>Gets every rule, for the documentation and release-tracking tests.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        UnknownActionLineCode,
        UnknownPillarCode,
        CodeNotUnderStatedParent,
        UnknownAreaCode,
        MalformedCode,
        SupersededActionLine,
        PreferTypedConstant,
        DuplicateRecordId,
        UnresolvedReference,
        ImpossibleDate,
        EndBeforeStart,
        MissingSourceCitation,
        ParagraphOutOfRange,
        InferenceWithoutBasis,
        StatementWithoutEvidence,
        ContradictoryTime,
        QuoteTooLong,
        MalformedJson,
        UnknownJsonProperty,
        InvalidJsonValue,
        UnknownJsonCode,
        DanglingJsonReference,
        UnknownRequiredEdition,
        MissingJsonProperty,
        DuplicateJsonRecordId);

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id), customTags);
}
