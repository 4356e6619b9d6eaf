using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>What one analyzer run produced: its diagnostics (suppressed ones included) and the exceptions analyzers threw.</summary>
internal sealed record AnalysisOutcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)
{
    /// <summary>Gets the diagnostics that report an analyzer failure rather than a finding (AD0001 and its kind).</summary>
    public IEnumerable<Diagnostic> FailureDiagnostics => Diagnostics.Where(d => d.Id.StartsWith("AD", System.StringComparison.Ordinal));

    /// <summary>Gets the AseanUn findings.</summary>
    public IEnumerable<Diagnostic> Findings => Diagnostics.Where(d => d.Id.StartsWith("AUN", System.StringComparison.Ordinal));

    /// <summary>Gets whether no analyzer failed.</summary>
    public bool IsClean => Exceptions.Count == 0 && !FailureDiagnostics.Any();

    /// <summary>Describes the failures and findings for an assertion message.</summary>
    public string Describe() => string.Join('\n', Exceptions.Concat(Diagnostics.Select(d => d.ToString())));
}
