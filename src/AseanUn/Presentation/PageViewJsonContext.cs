using System.Text.Json.Serialization;

namespace AseanUn.Presentation;

/// <summary>Source-generated serialization of the report page's view: camel-case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PageView))]
internal sealed partial class PageViewJsonContext : JsonSerializerContext;
