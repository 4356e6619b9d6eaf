using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// The AseanUn package packed once per test run into a fresh temporary folder, as CI packs it
/// (<c>dotnet pack src/AseanUn</c> as a deterministic CI build), with every build output kept out of the repository;
/// and the consumer workspace that restores it from there. Deletes the whole folder when the tests are done.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>Packs the library; throws with the full pack output if packing fails.</summary>
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("aseanun-package-").FullName;
        try
        {
            Feed = Path.Combine(Root, "feed");
            PackResult = ChildProcess.Dotnet(
                RepositoryRoot.Path,
                environment: null,
                "pack", RepositoryRoot.Combine("src", "AseanUn", "AseanUn.csproj"),
                "--configuration", "Release",
                "--output", Feed,
                "--artifacts-path", Path.Combine(Root, "artifacts"),
                "-p:ContinuousIntegrationBuild=true",
                "--disable-build-servers");
            if (!PackResult.Succeeded)
            {
                throw new InvalidOperationException($"Packing AseanUn failed: {PackResult}");
            }

            PackagePath = Directory.GetFiles(Feed, "*.nupkg").Single();
            SymbolsPath = Directory.GetFiles(Feed, "*.snupkg").Single();
            Entries = EntriesOf(PackagePath);
            Nuspec = XDocument.Load(new MemoryStream(ReadEntry(Entries.Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal)))));
            Version = Metadata("version").Value;
            Consumers = new ConsumerWorkspace(Path.Combine(Root, "consumers"), Feed, Version);
        }
        catch
        {
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    /// <summary>Gets the temporary folder that holds everything the tests create.</summary>
    public string Root { get; }

    /// <summary>Gets the folder feed the package was packed into.</summary>
    public string Feed { get; }

    /// <summary>Gets what <c>dotnet pack</c> did.</summary>
    public ProcessResult PackResult { get; }

    /// <summary>Gets the path of the <c>.nupkg</c>.</summary>
    public string PackagePath { get; }

    /// <summary>Gets the path of the <c>.snupkg</c>.</summary>
    public string SymbolsPath { get; }

    /// <summary>Gets the package version.</summary>
    public string Version { get; }

    /// <summary>Gets the full names of the package's entries.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>Gets the package's nuspec.</summary>
    public XDocument Nuspec { get; }

    /// <summary>Gets the workspace where consumer projects restore this package.</summary>
    public ConsumerWorkspace Consumers { get; }

    /// <summary>Returns the nuspec metadata element named <paramref name="name"/>.</summary>
    public XElement Metadata(string name) =>
        Nuspec.Root!.Element(Nuspec.Root.Name.Namespace + "metadata")!.Element(Nuspec.Root.Name.Namespace + name)
        ?? throw new InvalidOperationException($"The nuspec has no <{name}> element.");

    /// <summary>Returns the bytes of the package entry <paramref name="name"/>.</summary>
    public byte[] ReadEntry(string name) => ReadEntry(PackagePath, name);

    /// <summary>Returns the full names of the entries of the package at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> EntriesOf(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Returns the bytes of entry <paramref name="name"/> of the package at <paramref name="path"/>.</summary>
    public static byte[] ReadEntry(string path, string name)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{Path.GetFileName(path)} has no entry {name}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
