using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>
/// The explorer packs as a .NET tool and installs from a folder feed as the command <c>aseanun</c>, the way the docs
/// show: <c>dotnet pack samples/AseanUn.Explorer</c>, then <c>dotnet tool install --tool-path</c> through a NuGet.config
/// that knows only that folder, into an isolated packages folder. The pack writes a pointer package and one package
/// per common platform, ReadyToRun-compiled for it, with a portable IL package for every other platform.
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

            var packages = Path.Combine(root, "packages");
            var config = Path.Combine(root, "NuGet.config");
            new XDocument(new XElement(
                "configuration",
                new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packages))),
                new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "tool-under-test"), new XAttribute("value", feed)))))
                .Save(config);
            var toolPath = Path.Combine(root, "tools");
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
            var install = ChildProcess.Dotnet(root, environment, "tool", "install", PackedExplorer.PackageId, "--tool-path", toolPath, "--configfile", config);
            log.WriteLine(install.Summary);
            Assert.True(install.Succeeded, install.ToString());

            // The install picks the package precompiled for this machine, or the portable one where none is.
            var installed = Directory.GetFiles(toolPath, "aseanun-explorer.dll", SearchOption.AllDirectories).Single();
            var machine = RuntimeInformation.RuntimeIdentifier;
            Assert.Equal(Platforms.Contains(machine) ? machine : null, ReadyToRunImage.TargetOf(File.ReadAllBytes(installed)));

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
    /// The package users install names one package per platform and the portable one, and holds no code itself; the
    /// feed holds exactly those packages.
    /// </summary>
    [Fact]
    public void The_tool_package_points_at_one_package_per_common_platform_and_a_portable_one()
    {
        string[] rids = [.. Platforms, "any"];
        Assert.Equal(
            rids.Select(rid => $"{PackedExplorer.PackageId}.{rid}").Append(PackedExplorer.PackageId).Order(StringComparer.Ordinal),
            tool.Packages.Keys.Order(StringComparer.Ordinal));

        var entries = tool.EntriesOf(PackedExplorer.PackageId);
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal));
        var settings = ToolSettings(PackedExplorer.PackageId, entries);
        var pointers = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(p => (string)p.Attribute("RuntimeIdentifier")!, p => (string)p.Attribute("Id")!);
        Assert.Equal(rids.Order(StringComparer.Ordinal), pointers.Keys.Order(StringComparer.Ordinal));
        Assert.All(pointers, p => Assert.Equal($"{PackedExplorer.PackageId}.{p.Key}", p.Value));
    }

    /// <summary>
    /// Each platform package holds the explorer, the library and the command-line framework precompiled for its own
    /// operating system and architecture, started by its native launcher; the portable package holds IL that
    /// <c>dotnet</c> runs anywhere.
    /// </summary>
    [Fact]
    public void Each_platform_package_is_ReadyToRun_compiled_for_its_platform_and_the_portable_one_is_IL()
    {
        foreach (var rid in Platforms.Append("any"))
        {
            var id = $"{PackedExplorer.PackageId}.{rid}";
            var entries = tool.EntriesOf(id);
            var expected = rid == "any" ? null : rid;
            foreach (var assembly in new[] { "aseanun-explorer.dll", "AseanUn.dll", "Spectre.Console.dll" })
            {
                var entry = entries.Single(e => e.EndsWith("/" + assembly, StringComparison.Ordinal));
                Assert.True(expected == ReadyToRunImage.TargetOf(tool.ReadEntry(id, entry)), $"{id}: {entry} is not {expected ?? "IL only"}.");
            }

            var command = ToolSettings(id, entries).Descendants("Command").Single();
            Assert.Equal(rid == "any" ? "dotnet" : "executable", (string?)command.Attribute("Runner"));
            var launcher = rid == "any" ? "aseanun-explorer.dll" : rid.StartsWith("win-", StringComparison.Ordinal) ? "aseanun-explorer.exe" : "aseanun-explorer";
            Assert.Equal(launcher, (string?)command.Attribute("EntryPoint"));
            Assert.Contains(entries, e => e.EndsWith("/" + launcher, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The data compiler runs while the library builds and nowhere else: no file of it (apphost, assembly, .deps.json,
    /// .runtimeconfig.json) reaches the output of a project that references the library, the explorer's here, nor any
    /// of the tool packages built from that output.
    /// </summary>
    [Fact]
    public void No_data_compiler_file_reaches_a_tool_package_or_a_referencing_projects_output()
    {
        var output = Path.Combine(tool.Artifacts, "bin", "AseanUn.Explorer", "release");
        Assert.True(File.Exists(Path.Combine(output, "AseanUn.dll")), $"The explorer's output {output} holds no AseanUn.dll; the artifacts layout changed.");
        var outputFiles = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f));
        Assert.DoesNotContain(outputFiles, IsDataCompilerFile);

        foreach (var id in tool.Packages.Keys.Where(id => id != PackedExplorer.PackageId))
        {
            var entries = tool.EntriesOf(id);
            Assert.Contains(entries, e => e.EndsWith("/AseanUn.dll", StringComparison.Ordinal));
            Assert.DoesNotContain(entries, IsDataCompilerFile);
        }

        Assert.DoesNotContain(tool.EntriesOf(PackedExplorer.PackageId), IsDataCompilerFile);
    }

    /// <summary>The platforms the tool ships precompiled for (samples/AseanUn.Explorer/AseanUn.Explorer.csproj).</summary>
    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    private XDocument ToolSettings(string id, IReadOnlyList<string> entries) =>
        XDocument.Load(new MemoryStream(tool.ReadEntry(id, entries.Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)))));

    private static bool IsDataCompilerFile(string path) => Path.GetFileName(path).StartsWith("AseanUn.DataCompiler", StringComparison.OrdinalIgnoreCase);
}
