using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AseanUn.Explorer.Tests;

/// <summary>Reads the explorer's <c>--json</c> output the way a script would: as plain JSON, not through the explorer's own types.</summary>
internal static class JsonOf
{
    public static JsonElement Parse(ExplorerRun run)
    {
        run.AssertOk();
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }

    public static List<string> Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(item => item.GetProperty(property).GetString()!)];
}
