using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>One consumer project in a <see cref="ConsumerWorkspace"/>, built, published and run as a consumer would.</summary>
public sealed class ConsumerProject
{
    private readonly ConsumerWorkspace _workspace;

    internal ConsumerProject(ConsumerWorkspace workspace, string directory, string name)
    {
        _workspace = workspace;
        Directory = directory;
        Name = name;
    }

    /// <summary>Gets the project folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the project name (also its assembly name).</summary>
    public string Name { get; }

    /// <summary>Gets the path of the project's <c>Program.cs</c>.</summary>
    public string ProgramPath => Path.Combine(Directory, "Program.cs");

    /// <summary>Gets the folder builds and publishes write the program to.</summary>
    public string OutputDirectory => Path.Combine(Directory, "out");

    /// <summary>Gets the path of the restore's assets file.</summary>
    public string AssetsPath => Path.Combine(Directory, "obj", "project.assets.json");

    private string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Restores and builds the project, recording which analyzers and references the compiler was given.</summary>
    public ConsumerBuild Build()
    {
        var items = Path.Combine(Directory, "build-items.json");
        var result = ChildProcess.Dotnet(
            Directory,
            _workspace.Environment,
            ["build", ProjectPath, .. _workspace.BuildOptions, "--output", OutputDirectory,
             "-t:Build", "-getItem:Analyzer", "-getItem:ReferencePath", $"-getResultOutputFile:{items}"]);
        return new ConsumerBuild(result, ItemPaths(items, "Analyzer"), ItemPaths(items, "ReferencePath"), BuildDiagnostic.Parse(result.Output));
    }

    /// <summary>Restores and publishes the project with <paramref name="options"/>.</summary>
    public ProcessResult Publish(params string[] options) =>
        ChildProcess.Dotnet(Directory, _workspace.Environment, ["publish", ProjectPath, .. _workspace.BuildOptions, "--output", OutputDirectory, .. options]);

    /// <summary>Runs the built (framework-dependent) program.</summary>
    public ProcessResult RunBuilt() => ChildProcess.Dotnet(Directory, environment: null, Path.Combine(OutputDirectory, Name + ".dll"));

    /// <summary>Runs the published executable (self-contained or native).</summary>
    public ProcessResult RunPublished() => ChildProcess.Run(Path.Combine(OutputDirectory, Name), Directory, environment: null);

    private static List<string> ItemPaths(string resultFile, string itemType)
    {
        if (!File.Exists(resultFile))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
        return json.RootElement.GetProperty("Items").TryGetProperty(itemType, out var items)
            ? items.EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!).ToList()
            : [];
    }
}
