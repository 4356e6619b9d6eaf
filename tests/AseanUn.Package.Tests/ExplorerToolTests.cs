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
public sealed class ExplorerToolTests(ITestOutputHelper log)
{
    [Fact]
    public void The_explorer_packs_as_a_tool_installs_from_a_folder_feed_and_runs_as_aseanun()
    {
        var root = Directory.CreateTempSubdirectory("aseanun-tool-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            var pack = ChildProcess.Dotnet(
                RepositoryRoot.Path,
                environment: null,
                "pack", RepositoryRoot.Combine("samples", "AseanUn.Explorer"),
                "--configuration", "Release",
                "--output", feed,
                "--artifacts-path", Path.Combine(root, "artifacts"),
                "--disable-build-servers");
            log.WriteLine(pack.Summary);
            Assert.True(pack.Succeeded, pack.ToString());
            var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            Assert.StartsWith("AseanUn.Explorer.", Path.GetFileName(package), StringComparison.Ordinal);

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
}
