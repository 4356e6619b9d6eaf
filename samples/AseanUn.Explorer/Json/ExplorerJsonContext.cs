using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AseanUn.Explorer.Json;

/// <summary>Source-generated serialization of the explorer's JSON output: no reflection, camel-case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<TimelineItem>))]
[JsonSerializable(typeof(List<PillarItem>))]
[JsonSerializable(typeof(List<RecordItem>))]
[JsonSerializable(typeof(RecordDetail))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(List<DiffItem>))]
[JsonSerializable(typeof(StatusReport))]
internal sealed partial class ExplorerJsonContext : JsonSerializerContext
{
}
