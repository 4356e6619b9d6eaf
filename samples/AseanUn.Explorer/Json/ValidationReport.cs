using System.Collections.Generic;

namespace AseanUn.Explorer.Json;

/// <summary>The output of <c>validate --json</c>.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Merged">Whether it was checked merged into a stack (the built-in dataset, the one the command line names, or the one its header requires).</param>
/// <param name="Valid">Whether it has no problems.</param>
/// <param name="Records">When valid, how many records of each type it holds (its own, not the built-in ones), in dataset order.</param>
/// <param name="Problems">Every problem, in document order; empty when valid.</param>
internal sealed record ValidationReport(
    string File,
    bool Merged,
    bool Valid,
    IReadOnlyDictionary<string, int>? Records,
    IReadOnlyList<ProblemItem> Problems);
