using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// The explorer packed once as a .NET tool (<c>dotnet pack samples/AseanUn.Explorer</c>, Release) into a fresh
/// temporary folder, with its build output under an artifacts folder there; deleted when the tests are done.
/// </summary>
public sealed class PackedExplorer : IDisposable
{
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
                "pack", RepositoryRoot.Combine("samples", "AseanUn.Explorer"),
                "--configuration", "Release",
                "--output", Feed,
                "--artifacts-path", Artifacts,
                "--disable-build-servers");
            if (!PackResult.Succeeded)
            {
                throw new InvalidOperationException($"Packing the explorer failed: {PackResult}");
            }

            PackagePath = Directory.GetFiles(Feed, "*.nupkg").Single();
            Entries = PackedPackage.EntriesOf(PackagePath);
        }
        catch
        {
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    /// <summary>Gets the temporary folder that holds everything the tests create.</summary>
    public string Root { get; }

    /// <summary>Gets the folder feed the tool package was packed into.</summary>
    public string Feed { get; }

    /// <summary>Gets the artifacts folder of the pack: <c>bin/&lt;project&gt;/release</c> below it is each project's output.</summary>
    public string Artifacts { get; }

    /// <summary>Gets what <c>dotnet pack</c> did.</summary>
    public ProcessResult PackResult { get; }

    /// <summary>Gets the path of the tool's <c>.nupkg</c>.</summary>
    public string PackagePath { get; }

    /// <summary>Gets the full names of the tool package's entries.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
