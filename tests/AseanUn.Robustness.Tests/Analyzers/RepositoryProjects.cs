using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Robustness.Tests.Infrastructure;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>The repository's own projects and their C# sources: the library, analyzers, samples, tests and benchmarks.</summary>
internal static class RepositoryProjects
{
    public static readonly string[] Folders = ["src", "analyzers", "samples", "tests", "benchmarks"];

    /// <summary>The library's own project, which defines AseanUn rather than referencing it.</summary>
    public const string Library = "src/AseanUn";

    /// <summary>Gets each project folder (relative, '/'-separated) with its sources.</summary>
    public static IReadOnlyList<(string Project, IReadOnlyList<string> Files)> Read() =>
    [
        .. Folders
            .SelectMany(folder => Directory.Exists(Repository.PathOf(folder)) ? Directory.GetDirectories(Repository.PathOf(folder)) : [])
            .Where(directory => Directory.EnumerateFiles(directory, "*.csproj").Any())
            .Select(directory => Path.GetRelativePath(RepositoryRoot.Path, directory).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(project => (project, Repository.CSharpFiles(project)))
            .Where(project => project.Item2.Count > 0),
    ];
}
