using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>
/// The explorer packs as a .NET tool and installs from a folder feed as the command <c>aseanun</c>, the way the docs
/// show: <c>dotnet pack samples/AseanUn.Explorer</c>, then <c>dotnet tool install --tool-path</c> through a NuGet.config
/// that knows only that folder, into an isolated packages folder.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ExplorerToolTests(PackedExplorer tool, ITestOutputHelper log) : IClassFixture<PackedExplorer>
{
    [Fact]
    public void The_explorer_packs_as_a_tool_installs_from_a_folder_feed_and_runs_as_aseanun()
    {
        var root = Directory.CreateTempSubdirectory("aseanun-tool-").FullName;
        try
        {
            log.WriteLine(tool.PackResult.Summary);
            var feed = tool.Feed;
            Assert.StartsWith("AseanUn.Explorer.", Path.GetFileName(tool.PackagePath), StringComparison.Ordinal);

            var packages = Path.Combine(root, "packages");
            var config = Path.Combine(root, "NuGet.config");
            new XDocument(new XElement(
                "configuration",
                new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packages))),
                new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "tool-under-test"), new XAttribute("value", feed)))))
                .Save(config);
            var toolPath = Path.Combine(root, "tools");
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
            var install = ChildProcess.Dotnet(root, environment, "tool", "install", "AseanUn.Explorer", "--tool-path", toolPath, "--configfile", config);
            log.WriteLine(install.Summary);
            Assert.True(install.Succeeded, install.ToString());

            var aseanun = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "aseanun.exe" : "aseanun");
            var version = ChildProcess.Run(aseanun, root, environment: null, "--version");
            Assert.True(version.Succeeded, version.ToString());
            var expectedVersion = typeof(Partnership).Assembly.GetName().Version!;
            Assert.Equal([$"{expectedVersion.Major}.{expectedVersion.Minor}.{expectedVersion.Build}"], version.OutputLines);

            var timeline = ChildProcess.Run(aseanun, root, environment: null, "timeline", "--kind", "summit");
            Assert.True(timeline.Succeeded, timeline.ToString());
            var summits = Partnership.Current.Events.Where(e => e.Kind == Model.EventKind.Summit).ToList();
            Assert.NotEmpty(summits);
            foreach (var summit in summits)
            {
                Assert.Contains(timeline.OutputLines, line => line.StartsWith(summit.Date.ToString(), StringComparison.Ordinal) && line.EndsWith(summit.Title, StringComparison.Ordinal));
            }

            Assert.Equal($"{summits.Count} of {Partnership.Current.Timeline.Count} dated records, edition {Partnership.Current.Edition}.", timeline.OutputLines[^1]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The data compiler runs while the library builds and nowhere else: no file of it (apphost, assembly, .deps.json,
    /// .runtimeconfig.json) reaches the output of a project that references the library, the explorer's here, nor the
    /// tool package built from that output.
    /// </summary>
    [Fact]
    public void No_data_compiler_file_reaches_the_tool_package_or_a_referencing_projects_output()
    {
        var output = Path.Combine(tool.Artifacts, "bin", "AseanUn.Explorer", "release");
        Assert.True(File.Exists(Path.Combine(output, "AseanUn.dll")), $"The explorer's output {output} holds no AseanUn.dll; the artifacts layout changed.");
        Assert.Contains(tool.Entries, e => e.EndsWith("/AseanUn.dll", StringComparison.Ordinal));

        var outputFiles = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f));

        Assert.DoesNotContain(outputFiles, IsDataCompilerFile);
        Assert.DoesNotContain(tool.Entries, IsDataCompilerFile);
    }

    private static bool IsDataCompilerFile(string path) => Path.GetFileName(path).StartsWith("AseanUn.DataCompiler", StringComparison.OrdinalIgnoreCase);
}
