using System.Collections.Generic;
using System.Text.Json.Serialization;
using AseanUn.Model;

namespace AseanUn.Explorer.Json;

/// <summary>One statement of a record in <c>show --json</c>: the value, its time, its basis, its rank and its evidence.</summary>
/// <param name="Property">The camel-case name of the property it is about.</param>
/// <param name="Value">The value as JSON text, or null for the value the record carries.</param>
/// <param name="Time">When the value held, as EDTF, or null when undated.</param>
/// <param name="Basis"><c>stated</c> or <c>inferred</c>.</param>
/// <param name="Reason">Why it was inferred or corrected, or null.</param>
/// <param name="Rank"><c>normal</c>, <c>preferred</c> or <c>deprecated</c>.</param>
/// <param name="RankReason">Why it has its rank, in camel case (<c>disputed</c>, <c>superseded</c>, <c>alternativeName</c>), or null.</param>
/// <param name="Evidence">What it rests on; empty for an inference resting on the record's sources.</param>
internal sealed record StatementItem(
    string Property,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Time,
    string Basis,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Reason,
    string Rank,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? RankReason,
    IReadOnlyList<EvidenceItem> Evidence)
{
    /// <summary>Returns the item of <paramref name="statement"/>.</summary>
    public static StatementItem Of(Statement statement) => new(
        statement.Property,
        statement.Value,
        statement.Time?.ToString(),
        JsonNames.Of(statement.Basis),
        statement.Reason,
        JsonNames.Of(statement.Rank),
        statement.RankReason == Model.RankReason.None ? null : JsonNames.Of(statement.RankReason),
        EvidenceItem.Of(statement.Evidence));
}
