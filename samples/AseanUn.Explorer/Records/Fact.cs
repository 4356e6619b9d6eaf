using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AseanUn.Explorer.Records;

/// <summary>
/// One fact <c>show</c> prints: its name and text for people, and the JSON properties it gives in <c>show --json</c>,
/// written once so the two cannot disagree on what a record holds. A fact may give several properties
/// (<c>iso codes</c> gives <c>isoAlpha2</c> and <c>isoAlpha3</c>) or none (the id and type, which <c>record</c> carries).
/// </summary>
/// <param name="Name">The name <c>show</c> prints, e.g. <c>short name</c>.</param>
/// <param name="Text">The value as <c>show</c> prints it, e.g. <c>LA, LAO</c>; null when only <c>--json</c> gives it (a flag that is not set).</param>
/// <param name="Json">The JSON properties with their values as data: numbers as numbers, lists as arrays, enums in camel case.</param>
/// <param name="Repeated">Whether the fact is one of several of the same name (an item of a list, such as one of a person's roles): its JSON values are gathered into an array.</param>
internal sealed record Fact(string Name, string? Text, IReadOnlyList<KeyValuePair<string, JsonNode?>> Json, bool Repeated = false);
