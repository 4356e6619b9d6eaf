using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// A folder outside the repository where consumer projects (copied from <c>Consumers/</c>) restore AseanUn through a
/// NuGet.config of their own: AseanUn may come only from the test's folder feed, everything else from the sources
/// this machine already uses, and all of it lands in an isolated packages folder.
/// </summary>
public sealed partial class ConsumerWorkspace
{
    private const string FeedKey = "aseanun-under-test";

    /// <summary>Creates the workspace in <paramref name="root"/>, restoring AseanUn <paramref name="version"/> from <paramref name="feed"/>.</summary>
    public ConsumerWorkspace(string root, string feed, string version)
    {
        Root = root;
        Version = version;
        PackagesFolder = Path.Combine(Path.GetDirectoryName(root)!, "packages");
        Directory.CreateDirectory(root);
        var upstream = UpstreamSources(root);
        foreach (var file in Directory.GetFiles(Templates, "Directory.*"))
        {
            File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
        }

        WriteNuGetConfig(Path.Combine(root, "NuGet.config"), feed, upstream, PackagesFolder);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };
    }

    /// <summary>Gets the folder of consumer templates kept with the tests.</summary>
    public static string Templates => RepositoryRoot.Combine("tests", "AseanUn.Package.Tests", "Consumers");

    /// <summary>Gets the workspace folder.</summary>
    public string Root { get; }

    /// <summary>Gets the AseanUn version the consumers reference.</summary>
    public string Version { get; }

    /// <summary>Gets the isolated global packages folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>Gets the folder the packed AseanUn package is restored into.</summary>
    public string RestoredPackage => Path.Combine(PackagesFolder, "aseanun", Version.ToLowerInvariant());

    /// <summary>Gets the variables every consumer command runs with (the isolated packages folder wins over any inherited one).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Gets the options every consumer build or publish takes.</summary>
    public IReadOnlyList<string> BuildOptions =>
        ["--configuration", "Release", $"-p:AseanUnVersion={Version}", "--disable-build-servers", "-tl:off"];

    /// <summary>Copies the consumer template <paramref name="template"/> into the workspace as project <paramref name="name"/>.</summary>
    public ConsumerProject Create(string template, string? name = null)
    {
        name ??= template;
        var source = Path.Combine(Templates, template);
        var target = Path.Combine(Root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.TopDirectoryOnly))
        {
            var fileName = Path.GetExtension(file) == ".csproj" ? name + ".csproj" : Path.GetFileName(file);
            File.Copy(file, Path.Combine(target, fileName));
        }

        return new ConsumerProject(this, target, name);
    }

    // The enabled sources, by name, as this machine's user and machine NuGet.config files give them, asked for before
    // the workspace has a NuGet.config of its own. Keeping the names keeps any credentials stored for them working.
    private static List<(string Name, string Url)> UpstreamSources(string directory)
    {
        var result = ChildProcess.Dotnet(directory, environment: null, "nuget", "list", "source", "--format", "Detailed", "--force-english-output");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sources = lines
            .Select((line, index) => (Header: SourceHeader().Match(line), Index: index))
            .Where(x => x.Header.Success && x.Header.Groups["state"].Value == "Enabled" && x.Index + 1 < lines.Length)
            .Select(x => (x.Header.Groups["name"].Value, lines[x.Index + 1]))
            .ToList();
        if (!result.Succeeded || sources.Count == 0)
        {
            throw new InvalidOperationException($"Could not find this machine's enabled NuGet sources: {result}");
        }

        return sources;
    }

    private static void WriteNuGetConfig(string path, string feed, IReadOnlyList<(string Name, string Url)> upstream, string packagesFolder)
    {
        static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
        static XElement Map(string key, string pattern) =>
            new("packageSource", new XAttribute("key", key), new XElement("package", new XAttribute("pattern", pattern)));

        var config = new XElement(
            "configuration",
            new XElement("config", Add("globalPackagesFolder", packagesFolder)),
            new XElement("packageSources", new XElement("clear"), Add(FeedKey, feed), upstream.Select(source => Add(source.Name, source.Url))),
            new XElement("packageSourceMapping", Map(FeedKey, "AseanUn"), upstream.Select(source => Map(source.Name, "*"))));
        new XDocument(config).Save(path);
    }

    [GeneratedRegex(@"^\d+\.\s+(?<name>.+?)\s+\[(?<state>Enabled|Disabled)\]$")]
    private static partial Regex SourceHeader();
}
