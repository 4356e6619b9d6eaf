using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AseanUn.Robustness.Tests.Infrastructure;

/// <summary>The repository these tests run in, found by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the path of a file or folder given relative to the root with '/' separators.</summary>
    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>Gets every C# source below <paramref name="folder"/> (relative to the root), leaving out build output.</summary>
    public static IReadOnlyList<string> CSharpFiles(string folder)
    {
        var directory = PathOf(folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(Root, path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanUn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the AseanUn repository (no AseanUn.sln above the test output).");
    }
}
