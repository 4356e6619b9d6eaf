using System;
using System.IO;

namespace AseanUn.Tests.Dataset;

/// <summary>Finds the repository root (the folder holding AseanUn.sln) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanUn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AseanUn.sln above {AppContext.BaseDirectory}.");
    }
}
