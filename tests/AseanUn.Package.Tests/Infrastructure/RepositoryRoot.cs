using System;
using System.IO;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>The repository the tests were built from, found by walking up to <c>AseanUn.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Gets the full path of the repository root.</summary>
    public static string Path => Root.Value;

    /// <summary>Returns the full path of <paramref name="relative"/> parts below the repository root.</summary>
    public static string Combine(params string[] relative) => System.IO.Path.Combine([Path, .. relative]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AseanUn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No AseanUn.sln in {AppContext.BaseDirectory} or any folder above it: the package tests run from a build inside the repository.");
    }
}
