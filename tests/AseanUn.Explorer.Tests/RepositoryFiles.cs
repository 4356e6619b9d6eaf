using System;
using System.IO;

namespace AseanUn.Explorer.Tests;

/// <summary>
/// Reads files of the repository the tests were built from, to keep its docs true to the explorer; the explorer runs in
/// tests with the repository root as working directory, as a reader runs it from the README.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository root: the folder of <c>AseanUn.sln</c> above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Read(params string[] path) => File.ReadAllText(Path.Combine([Root, .. path]));

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AseanUn.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return root;
    }
}
