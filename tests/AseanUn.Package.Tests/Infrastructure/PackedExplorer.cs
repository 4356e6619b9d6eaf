using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// The explorer packed once as a .NET tool (<c>dotnet pack samples/AseanUn.Explorer</c>, Release) into a fresh
/// temporary folder, with its build output under an artifacts folder there; deleted when the tests are done. The pack
/// writes the tool's pointer package <c>AseanUn.Explorer</c> and one <c>AseanUn.Explorer.&lt;rid&gt;</c> package per
/// platform it ships for.
/// </summary>
public sealed class PackedExplorer : IDisposable
{
    /// <summary>The id of the package <c>dotnet tool install</c> is given.</summary>
    public const string PackageId = "AseanUn.Explorer";

    /// <summary>
    /// How long the pack may take: it builds and publishes the explorer once per platform package and once more for
    /// the pointer package, six builds that took twelve minutes on two cores shared with other builds.
    /// </summary>
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(25);

    /// <summary>Packs the explorer; throws with the full pack output if packing fails.</summary>
    public PackedExplorer()
    {
        Root = Directory.CreateTempSubdirectory("aseanun-tool-").FullName;
        try
        {
            Feed = Path.Combine(Root, "feed");
            Artifacts = Path.Combine(Root, "artifacts");
            PackResult = ChildProcess.Dotnet(
                RepositoryRoot.Path,
                environment: null,
                PackTimeout,
                "pack", RepositoryRoot.Combine("samples", "AseanUn.Explorer"),
                "--configuration", "Release",
                "--output", Feed,
                "--artifacts-path", Artifacts,
                "--disable-build-servers");
            if (!PackResult.Succeeded)
            {
                throw new InvalidOperationException($"Packing the explorer failed: {PackResult}");
            }

            Version = typeof(Partnership).Assembly.GetName().Version!.ToString(3);
            Packages = Directory.GetFiles(Feed, "*.nupkg").ToDictionary(IdOf, path => path, StringComparer.Ordinal);
        }
        catch
        {
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    /// <summary>Gets the temporary folder that holds everything the tests create.</summary>
    public string Root { get; }

    /// <summary>Gets the folder feed the tool packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>Gets the artifacts folder of the pack: <c>bin/&lt;project&gt;/release</c> below it is each project's output.</summary>
    public string Artifacts { get; }

    /// <summary>Gets what <c>dotnet pack</c> did.</summary>
    public ProcessResult PackResult { get; }

    /// <summary>Gets the version every package was packed at.</summary>
    public string Version { get; }

    /// <summary>Gets the path of each <c>.nupkg</c> in the feed by package id.</summary>
    public IReadOnlyDictionary<string, string> Packages { get; }

    /// <summary>Returns the full names of the entries of the package <paramref name="id"/>.</summary>
    public IReadOnlyList<string> EntriesOf(string id) => PackedPackage.EntriesOf(Packages[id]);

    /// <summary>Returns the bytes of entry <paramref name="name"/> of the package <paramref name="id"/>.</summary>
    public byte[] ReadEntry(string id, string name) => PackedPackage.ReadEntry(Packages[id], name);

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string IdOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var suffix = "." + Version;
        return name.EndsWith(suffix, StringComparison.Ordinal)
            ? name[..^suffix.Length]
            : throw new InvalidOperationException($"{Path.GetFileName(path)} is not at the version {Version} the library has.");
    }
}
