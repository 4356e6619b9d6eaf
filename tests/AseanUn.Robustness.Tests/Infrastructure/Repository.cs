using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AseanUn.Robustness.Tests.Infrastructure;

/// <summary>Files of the repository these tests run in (its root is <see cref="RepositoryRoot"/>).</summary>
internal static class Repository
{
    /// <summary>Gets the path of a file or folder given relative to the root with '/' separators.</summary>
    public static string PathOf(string relative) => Path.Combine([RepositoryRoot.Path, .. relative.Split('/')]);

    /// <summary>Gets every C# source below <paramref name="folder"/> (relative to the root), leaving out build output.</summary>
    public static IReadOnlyList<string> CSharpFiles(string folder)
    {
        var directory = PathOf(folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(RepositoryRoot.Path, path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
