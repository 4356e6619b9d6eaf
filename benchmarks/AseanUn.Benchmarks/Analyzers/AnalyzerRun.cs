using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>The outcome of one analysis of a corpus.</summary>
/// <param name="Diagnostics">Every diagnostic: the compiler's and the analyzers'.</param>
/// <param name="Telemetry">Per analyzer, the actions it registered and its execution time (when they were recorded).</param>
public sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry);
