using System.Collections.Generic;

namespace AseanUn.Explorer.Json;

/// <summary>One node of <c>pillars --json</c>: a pillar, area or action line with its record count and children.</summary>
/// <param name="Code">The code, e.g. <c>SC</c>, <c>SC.1</c> or <c>SC.1.2</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="Records">How many records are tagged under it.</param>
/// <param name="SupersededBy">For a superseded action line, the line that carries its work on.</param>
/// <param name="Children">The areas of a pillar, the action lines of an area; null for an action line.</param>
internal sealed record PillarItem(string Code, string Name, int Records, string? SupersededBy, IReadOnlyList<PillarItem>? Children);
