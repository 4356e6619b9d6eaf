using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AseanUn.Explorer.Report;

/// <summary>
/// Source-generated serialization of what the page embeds besides the export: the quoted paragraphs (document id →
/// paragraph number → text) and the timeline's labels (record id → label).
/// </summary>
[JsonSerializable(typeof(SortedDictionary<string, SortedDictionary<int, string>>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
