using System;
using System.IO;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// Writes a full-size corpus to disk as a project that references AseanUn and its analyzers from a repository
/// checkout, so that a real <c>dotnet build -p:ReportAnalyzer=true</c> can confirm the benchmark.
/// </summary>
public static class CorpusProject
{
    /// <summary>The first command-line argument that selects this mode.</summary>
    public const string Command = "write-corpus";

    /// <summary>Writes corpus <paramref name="kind"/> (<c>consumer</c> or <c>plain</c>) to <paramref name="directory"/>.</summary>
    /// <returns>The exit code: 0, or 2 for an unknown kind.</returns>
    public static int Write(string kind, string directory, string repositoryRoot)
    {
        CorpusKind? corpusKind = kind switch
        {
            "consumer" => CorpusKind.AseanUnConsumer,
            "plain" => CorpusKind.NoAseanUnReference,
            _ => null,
        };
        if (corpusKind is not { } chosen)
        {
            Console.Error.WriteLine($"Unknown corpus '{kind}'; expected consumer or plain.");
            return 2;
        }

        var corpus = CorpusGenerator.Generate(chosen, CorpusGenerator.FullSize);
        foreach (var file in corpus.Files)
        {
            var path = Path.Combine(directory, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        var root = Path.GetFullPath(repositoryRoot);
        var library = chosen == CorpusKind.AseanUnConsumer
            ? $"""<ProjectReference Include="{Path.Combine(root, "src", "AseanUn", "AseanUn.csproj")}" />"""
            : string.Empty;
        File.WriteAllText(Path.Combine(directory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {library}
                <ProjectReference Include="{Path.Combine(root, "analyzers", "AseanUn.Analyzers", "AseanUn.Analyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>

            """);
        Console.WriteLine($"Wrote {corpus.Files.Count} files ({corpus.CodeReferences} code references) and Corpus.csproj to {directory}.");
        return 0;
    }
}
