using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Explorer.Json;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// The one rule for a listing that finds nothing, in every command: exit code 1 with a one-line message on standard
/// error; with <c>--json</c>, standard output still carries an empty array, so a script always gets valid JSON.
/// </summary>
internal static class NoResults
{
    /// <summary>Writes <c>[]</c> when <paramref name="json"/> is set and returns the error that ends the command.</summary>
    public static ExplorerException Found<T>(ExplorerContext context, bool json, JsonTypeInfo<List<T>> typeInfo, string message)
    {
        if (json)
        {
            JsonOutput.Write(context, [], typeInfo);
        }

        return ExplorerException.NotFound(message);
    }
}
