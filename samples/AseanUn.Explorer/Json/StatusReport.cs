using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using AseanUn.Model;

namespace AseanUn.Explorer.Json;

/// <summary>The output of <c>status --json</c>: what the evidence says an instrument's status was on a date.</summary>
/// <param name="Id">The instrument's id.</param>
/// <param name="AsOf">The date asked about, as EDTF.</param>
/// <param name="Certainty"><c>known</c>, <c>uncertain</c> or <c>unknown</c>.</param>
/// <param name="Status">The status in camel case when known; null otherwise.</param>
/// <param name="Since">When the known status began to hold, as EDTF; null when not known or undated.</param>
/// <param name="Candidates">The statuses the evidence allows when uncertain; empty otherwise.</param>
/// <param name="LastKnown">The last status known before the date when unknown; null when known, uncertain or never stated before.</param>
/// <param name="Evidence">The evidence of the known status or of the last known one; empty when uncertain (each candidate carries its own) or when nothing is known.</param>
internal sealed record StatusReport(
    string Id,
    string AsOf,
    string Certainty,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Since,
    IReadOnlyList<StatusStepReport> Candidates,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] StatusStepReport? LastKnown,
    IReadOnlyList<EvidenceItem> Evidence)
{
    /// <summary>Returns the report of <paramref name="answer"/> about <paramref name="instrument"/>.</summary>
    public static StatusReport Of(Instrument instrument, StatusAnswer answer) => new(
        instrument.Id,
        answer.AsOf.ToString(),
        JsonNames.Of(answer.Certainty),
        answer.Status is { } status ? JsonNames.Of(status) : null,
        answer.Since?.ToString(),
        [.. answer.Candidates.ToEquatableArray().Select(StatusStepReport.Of)],
        answer.LastKnown is { } last ? StatusStepReport.Of(last) : null,
        EvidenceItem.Of(answer.Evidence));
}

/// <summary>One status with the time it held and its evidence: a candidate, or the last known status.</summary>
/// <param name="Status">The status in camel case.</param>
/// <param name="Since">When it began to hold, as EDTF; null when the evidence does not date it.</param>
/// <param name="Evidence">The citations and quotes it rests on.</param>
internal sealed record StatusStepReport(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Since,
    IReadOnlyList<EvidenceItem> Evidence)
{
    /// <summary>Returns the report of one step.</summary>
    public static StatusStepReport Of(StatusStep step) => new(JsonNames.Of(step.Status), step.Since?.ToString(), EvidenceItem.Of(step.Evidence));
}

/// <summary>One piece of evidence in <c>--json</c>: the document, the paragraph (null for the whole document) and the quote (null when none is given).</summary>
/// <param name="Document">The source document's record id.</param>
/// <param name="Paragraph">The numbered paragraph cited, or null for the whole document.</param>
/// <param name="Quote">The words the value rests on, at most 200 characters, or null.</param>
internal sealed record EvidenceItem(
    string Document,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Paragraph,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Quote)
{
    /// <summary>Returns one item per piece of evidence, in the order given.</summary>
    public static List<EvidenceItem> Of(IEnumerable<Evidence> evidence) =>
        [.. evidence.Select(e => new EvidenceItem(e.Citation.DocumentId, e.Citation.Paragraph, e.Quote))];
}
