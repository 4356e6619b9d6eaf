using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AseanUn.Explorer.Json;

/// <summary>The output of <c>show --json</c>: one record, its facts, its links both ways, its sources and its provenance.</summary>
/// <param name="Record">The record itself.</param>
/// <param name="Facts">Its facts as data by camel-case name, in the order <c>show</c> prints them (see <see cref="FactsJson"/>).</param>
/// <param name="References">The records it refers to, a place's member state among them (see <see cref="Records.RecordLinks"/>).</param>
/// <param name="ReferencedBy">The records that refer to it, a member state's places and the events held at them among them.</param>
/// <param name="Sources">Its citations, one per paragraph.</param>
/// <param name="Inferences">The values inferred rather than stated, with their reasons; empty when there are none.</param>
/// <param name="History">An instrument's status steps, earliest first; empty for other records.</param>
/// <param name="Claims">The claims of sources that corrected or disputed a value; empty when there are none.</param>
/// <param name="Statements">Every statement of the record, the one store the three lists above are views of; empty when there are none.</param>
internal sealed record RecordDetail(
    RecordItem Record,
    JsonObject Facts,
    IReadOnlyList<RecordItem> References,
    IReadOnlyList<RecordItem> ReferencedBy,
    IReadOnlyList<SourceItem> Sources,
    IReadOnlyList<InferenceItem> Inferences,
    IReadOnlyList<StatusStepItem> History,
    IReadOnlyList<ClaimItem> Claims,
    IReadOnlyList<StatementItem> Statements);
