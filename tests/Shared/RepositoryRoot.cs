using System;
using System.IO;

namespace AseanUn.Testing;

/// <summary>
/// The repository the tests were built from: the folder of <c>AseanUn.sln</c> above the test binaries. One copy of this
/// file is linked into every test project that reads the repository's files.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>Gets the full path of the repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>Returns the full path of the <paramref name="parts"/> below the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Returns the text of the file at the <paramref name="parts"/> below the repository root.</summary>
    public static string ReadAllText(params string[] parts) => File.ReadAllText(Combine(parts));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AseanUn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AseanUn.sln in {AppContext.BaseDirectory} or any folder above it: the tests run from a build inside the repository.");
    }
}
