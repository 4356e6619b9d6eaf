using System;
using System.IO;
using System.Linq;
using AseanUn.Package.Tests.Infrastructure;
using AseanUn.Testing;

namespace AseanUn.Package.Tests;

/// <summary>
/// A mistake in the dataset's C# source, or in a layer shipped in the library (<c>src/AseanUn/Layers</c>), fails a real
/// build of the library once, at the file, line and column of the value, with no MSBuild error about the data
/// compiler's exit code beside it. The data compiler's own report is tested in <c>AseanUn.Tests</c>; this proves what
/// MSBuild makes of it, on a copy of the sources the library builds from.
/// </summary>
public sealed class DataSourceBuildTests : IDisposable
{
    private static readonly string[] CopiedFolders = ["src", "analyzers"];
    private static readonly string[] CopiedFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    private readonly string _copy = Directory.CreateTempSubdirectory("aseanun-databuild-").FullName;

    [Fact]
    public void A_bad_id_in_the_data_source_is_one_build_error_at_its_line_and_column()
    {
        CopySources();
        var activities = Path.Combine(_copy, "src", "AseanUn", "Data", "Activities.cs");
        var lines = File.ReadAllLines(activities);
        var index = Array.FindIndex(lines, l => l.Contains("Id = \"peacekeeping-cooperation\",", StringComparison.Ordinal));
        Assert.True(index >= 0, "Activities.cs no longer defines peacekeeping-cooperation; pick another record.");
        var column = lines[index].IndexOf("Id = ", StringComparison.Ordinal) + "Id = ".Length + 1;
        lines[index] = lines[index].Replace("\"peacekeeping-cooperation\"", "\"Peacekeeping cooperation\"", StringComparison.Ordinal);
        File.WriteAllLines(activities, lines);

        var error = BuildWithOneError();

        Assert.StartsWith($"{activities}({index + 1},{column}): error InvalidId: The id 'Peacekeeping cooperation' is not valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_a_shipped_layer_is_one_build_error_at_its_file_line_column_and_json_path()
    {
        CopySources();
        var layer = Path.Combine(_copy, "src", "AseanUn", "Layers", "chairmans-statement-9th-asean-un-summit.json");
        var lines = File.ReadAllLines(layer);
        var index = Array.FindIndex(lines, l => l.Contains("\"kind\": \"statement\"", StringComparison.Ordinal));
        Assert.True(index >= 0, "The shipped layer no longer has a statement kind; pick another value.");
        var column = lines[index].IndexOf("\"statement\"", StringComparison.Ordinal) + 1;
        lines[index] = lines[index].Replace("\"statement\"", "\"statment\"", StringComparison.Ordinal);
        File.WriteAllLines(layer, lines);

        var error = BuildWithOneError();

        Assert.True(error.StartsWith($"{layer}({index + 1},{column}): error InvalidValue: ", StringComparison.Ordinal), error);
        Assert.Contains("'statment'", error, StringComparison.Ordinal);
        Assert.Contains("(at $.records.sourceDocuments[0].kind)", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    // Builds the copy's library, which must fail with exactly one error and no MSB3073 beside it; returns that error.
    private string BuildWithOneError()
    {
        var build = ChildProcess.Dotnet(_copy, null, "build", Path.Combine("src", "AseanUn", "AseanUn.csproj"), "-nologo");

        Assert.False(build.Succeeded, build.ToString());
        // MSBuild repeats each error in its closing summary; the count it gives there is of errors logged.
        Assert.Contains("1 Error(s)", build.OutputLines);
        Assert.DoesNotContain("MSB3073", build.Output, StringComparison.Ordinal);
        return Assert.Single(build.OutputLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct());
    }

    private void CopySources()
    {
        foreach (var file in CopiedFiles.Where(f => File.Exists(RepositoryRoot.Combine(f))))
        {
            File.Copy(RepositoryRoot.Combine(file), Path.Combine(_copy, file));
        }

        foreach (var folder in CopiedFolders)
        {
            CopyFolder(RepositoryRoot.Combine(folder), Path.Combine(_copy, folder));
        }
    }

    // Build output of the repository is left behind, so the copy builds from its sources alone.
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
