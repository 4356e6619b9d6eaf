using System.Collections.Generic;

namespace AseanUn.Explorer.Json;

/// <summary>A value <c>show --json</c> marks as inferred rather than stated, with the reason.</summary>
/// <param name="Property">The property inferred, in camel case: <c>placeId</c>.</param>
/// <param name="Reason">Why the value was inferred.</param>
internal sealed record InferenceItem(string Property, string Reason);

/// <summary>One dated step of an instrument's status history in <c>show --json</c>.</summary>
/// <param name="Status">The status, in camel case: <c>planned</c>, <c>adopted</c>, <c>inForce</c>.</param>
/// <param name="Date">The step's date as the text shows it, e.g. <c>2016-09~</c>.</param>
/// <param name="Sources">The citations that give the step.</param>
internal sealed record StatusStepItem(string Status, string Date, IReadOnlyList<SourceItem> Sources);

/// <summary>One source's claim about a value in <c>show --json</c>.</summary>
/// <param name="Property">The property claimed, in camel case.</param>
/// <param name="Value">The value claimed.</param>
/// <param name="Rank">The claim's rank in camel case: <c>preferred</c> (the value the record carries), <c>normal</c> or <c>deprecated</c>.</param>
/// <param name="Sources">The citations that make the claim.</param>
/// <param name="Reason">Why the claim was ranked so, when a source corrected or disputed the value.</param>
internal sealed record ClaimItem(string Property, string Value, string Rank, IReadOnlyList<SourceItem> Sources, string? Reason);
