using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// Finds real-world C# sources at run time — nothing of them is kept in the repository: the folders listed in the
/// <c>ASEANUN_REAL_WORLD_SOURCES</c> environment variable (separated like <c>PATH</c>, e.g. checkouts of open-source
/// libraries), or else this repository's own analyzer and benchmark sources, which name no AseanUn code.
/// </summary>
public static class RealWorldSources
{
    /// <summary>The environment variable naming the folders to read.</summary>
    public const string Variable = "ASEANUN_REAL_WORLD_SOURCES";

    /// <summary>Gets the folders the corpus is read from.</summary>
    public static IReadOnlyList<string> Folders()
    {
        var listed = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(listed))
        {
            return [.. listed.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var root = RepositoryRoot() ?? throw new InvalidOperationException(
            $"No real-world sources: set {Variable} to folders of C# files, or run from within the repository.");
        return [Path.Combine(root, "analyzers"), Path.Combine(root, "benchmarks")];
    }

    /// <summary>Reads up to <paramref name="files"/> C# files of the folders, in path order (generated and build output skipped).</summary>
    public static Corpus Read(int files)
    {
        var result = new List<CorpusFile>();
        foreach (var folder in Folders())
        {
            var paths = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
                .Order(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                result.Add(new CorpusFile(Path.GetRelativePath(folder, path), File.ReadAllText(path)));
            }
        }

        return result.Count == 0
            ? throw new InvalidOperationException($"No C# file found in {string.Join(", ", Folders())}.")
            : new Corpus(CorpusKind.RealWorldCode, result.Take(files).ToList(), 0, 0);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "BenchmarkDotNet.Artifacts");

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AseanUn.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
