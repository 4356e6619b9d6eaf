using System;
using System.IO;

namespace AseanUn.Analyzers.Tests.Conventions;

/// <summary>Finds files of the repository the tests run in.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanUn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no folder above them holds AseanUn.sln.");
    }
}
