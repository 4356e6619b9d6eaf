using System;
using System.IO;

namespace AseanUn.Explorer.Tests;

/// <summary>Reads files of the repository the tests were built from, to keep its docs true to the explorer.</summary>
internal static class RepositoryFiles
{
    public static string Read(params string[] path)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AseanUn.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return File.ReadAllText(Path.Combine([root, .. path]));
    }
}
