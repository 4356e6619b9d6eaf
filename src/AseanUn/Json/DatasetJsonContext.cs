using System.Text.Json.Serialization;
using AseanUn.Collections;
using AseanUn.Json.Updates;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// The source-generated serialization metadata of the interchange format: no reflection at run time. Read-only
/// properties (<c>Label</c>, <c>Code</c>) are left out; nulls are not written; enums are camel-case names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(PartialDateJsonConverter),
        typeof(CamelCaseEnumConverter<EventKind>),
        typeof(CamelCaseEnumConverter<InstrumentKind>),
        typeof(CamelCaseEnumConverter<InstrumentStatus>),
        typeof(CamelCaseEnumConverter<OrganisationKind>),
        typeof(CamelCaseEnumConverter<Side>),
        typeof(CamelCaseEnumConverter<FigurePrecision>),
        typeof(CamelCaseEnumConverter<SourceDocumentKind>),
        typeof(CamelCaseEnumConverter<ClaimRank>),
        typeof(CamelCaseEnumConverter<StatementBasis>),
        typeof(CamelCaseEnumConverter<StatementRank>),
        typeof(CamelCaseEnumConverter<RankReason>),
        typeof(EquatableArrayJsonConverter<Statement>),
        typeof(EquatableArrayJsonConverter<Evidence>),
        typeof(EquatableArrayJsonConverter<Inference>),
        typeof(EquatableArrayJsonConverter<Claim>),
        typeof(EquatableArrayJsonConverter<StatusEntry>),
        typeof(EquatableArrayJsonConverter<StatusUpdate>),
        typeof(EquatableArrayJsonConverter<CitationUpdate>),
        typeof(EquatableArrayJsonConverter<ValueCorrection>),
        typeof(EquatableArrayJsonConverter<CorroborationUpdate>),
        typeof(EquatableArrayJsonConverter<RetractionUpdate>),
        typeof(EquatableArrayJsonConverter<AlternativeNameUpdate>),
        typeof(EquatableArrayJsonConverter<ListChangeUpdate>),
        typeof(EquatableArrayJsonConverter<Retraction>),
        typeof(EquatableArrayJsonConverter<string>),
        typeof(EquatableArrayJsonConverter<Citation>),
        typeof(EquatableArrayJsonConverter<Role>),
        typeof(EquatableArrayJsonConverter<DatasetLayer>),
    ])]
[JsonSerializable(typeof(DatasetDocument))]
[JsonSerializable(typeof(SourceDocument))]
[JsonSerializable(typeof(Pillar))]
[JsonSerializable(typeof(Area))]
[JsonSerializable(typeof(ActionLine))]
[JsonSerializable(typeof(MemberState))]
[JsonSerializable(typeof(StateGrouping))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(Organisation))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Instrument))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Inference))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(StatusEntry))]
[JsonSerializable(typeof(DatasetUpdates))]
[JsonSerializable(typeof(Retraction))]
[JsonSerializable(typeof(DatasetLayer))]
[JsonSerializable(typeof(Stacking.LayerHeader))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(EquatableArray<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
