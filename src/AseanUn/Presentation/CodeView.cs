using System.Collections.Generic;

namespace AseanUn.Presentation;

/// <summary>A pillar, area or action line of the code tree, with the number of records tagged under it.</summary>
/// <param name="Code">The code, e.g. <c>SC.1.2</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="Count">How many records are tagged under it, as <c>pillars</c> counts them.</param>
/// <param name="SupersededBy">The code of the action line that replaced it, for a superseded action line.</param>
/// <param name="Children">The areas of a pillar, the action lines of an area; empty for an action line.</param>
internal sealed record CodeView(string Code, string Name, int Count, string? SupersededBy, List<CodeView> Children);
