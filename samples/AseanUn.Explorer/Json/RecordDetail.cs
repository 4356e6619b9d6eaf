using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AseanUn.Explorer.Json;

/// <summary>The output of <c>show --json</c>: one record, its facts, its links both ways and its sources.</summary>
/// <param name="Record">The record itself.</param>
/// <param name="Facts">Its facts by camel-case name, in the order <c>show</c> prints them (see <see cref="FactsJson"/>).</param>
/// <param name="References">The records it refers to.</param>
/// <param name="ReferencedBy">The records that refer to it.</param>
/// <param name="Sources">Its source paragraphs, e.g. <c>Overview of ASEAN-UN Cooperation ¶4</c>.</param>
internal sealed record RecordDetail(
    RecordItem Record,
    JsonObject Facts,
    IReadOnlyList<RecordItem> References,
    IReadOnlyList<RecordItem> ReferencedBy,
    IReadOnlyList<string> Sources);
