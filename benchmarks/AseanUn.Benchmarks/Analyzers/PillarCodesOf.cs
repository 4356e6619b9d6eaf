using System.Collections.Generic;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>A pillar's code with the codes of its areas and current action lines.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Areas">Its areas.</param>
/// <param name="ActionLines">Its current action lines.</param>
public sealed record PillarCodesOf(CodeConstant Pillar, IReadOnlyList<CodeConstant> Areas, IReadOnlyList<CodeConstant> ActionLines);
