using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AseanUn.Explorer.Report;

/// <summary>Source-generated serialization of the quoted paragraphs the page embeds: document id → paragraph number → text.</summary>
[JsonSerializable(typeof(SortedDictionary<string, SortedDictionary<int, string>>))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
