using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>What <c>dotnet pack src/AseanUn</c> puts into the package and its symbols package.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackedPackage package, ITestOutputHelper log)
{
    private static readonly string[] TargetFrameworks = ["net8.0", "net10.0"];

    // The Portable PDB custom debug information kind for a document's embedded source text.
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void Package_HoldsBothLibrariesWithDocs_TheAnalyzers_AndTheReadme()
    {
        log.WriteLine(package.PackResult.Summary);
        var files = package.Entries.Where(IsContent).ToList();
        string[] expected =
        [
            "README.md",
            "icon.png",
            "analyzers/dotnet/cs/AseanUn.Analyzers.dll",
            "analyzers/dotnet/cs/AseanUn.CodeFixes.dll",
            .. TargetFrameworks.SelectMany(tfm => new[] { $"lib/{tfm}/AseanUn.dll", $"lib/{tfm}/AseanUn.xml" }),
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Package_DependsOnNodaTimeAndCsvHelperAtTheirCentralVersions_ForEachTargetFramework()
    {
        var ns = package.Nuspec.Root!.Name.Namespace;
        var groups = package.Metadata("dependencies").Elements(ns + "group").ToList();
        var central = XDocument.Load(RepositoryRoot.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var expected = new[] { "CsvHelper", "NodaTime" }.Select(id => (id, central[id]));

        Assert.Equal(TargetFrameworks.Order(StringComparer.Ordinal), groups.Select(g => (string)g.Attribute("targetFramework")!).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var dependencies = group.Elements(ns + "dependency").Select(d => ((string)d.Attribute("id")!, (string)d.Attribute("version")!));
            Assert.Equal(expected, dependencies.Order());
        }
    }

    [Fact]
    public void Package_CarriesLicenceRepositoryAndReadmeMetadata()
    {
        Assert.Equal("expression", (string?)package.Metadata("license").Attribute("type"));
        Assert.Equal("MIT", package.Metadata("license").Value);
        Assert.Equal("README.md", package.Metadata("readme").Value);
        Assert.Equal("icon.png", package.Metadata("icon").Value);
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("src", "AseanUn", "icon.png")), package.ReadEntry("icon.png"));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("authors").Value));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description").Value));
        Assert.Contains("asean", package.Metadata("tags").Value.Split(' '));

        var repository = package.Metadata("repository");
        Assert.StartsWith("https://", (string?)repository.Attribute("url"), StringComparison.Ordinal);
        var head = ChildProcess.Run("git", RepositoryRoot.Path, environment: null, "rev-parse", "HEAD");
        Assert.True(head.Succeeded, head.ToString());
        Assert.Equal(head.Output.Trim(), (string?)repository.Attribute("commit"));
    }

    [Fact]
    public void Readme_IsThePackageReadmeOfTheLibrary()
    {
        var packed = Encoding.UTF8.GetString(package.ReadEntry("README.md"));

        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("src", "AseanUn", "PACKAGE.md")), packed);
    }

    [Fact]
    public void Analyzers_AreNetStandardAssembliesOfTheAnalyzerProjects()
    {
        foreach (var name in new[] { "AseanUn.Analyzers", "AseanUn.CodeFixes" })
        {
            using var pe = new PEReader(new MemoryStream(package.ReadEntry($"analyzers/dotnet/cs/{name}.dll")));
            var metadata = pe.GetMetadataReader();

            Assert.Equal(name, metadata.GetString(metadata.GetAssemblyDefinition().Name));
            Assert.Equal("netstandard 2.0", CoreLibraryOf(metadata));
        }
    }

    [Fact]
    public void SymbolsPackage_HoldsAPortablePdbPerTargetFramework()
    {
        var pdbs = PackedPackage.EntriesOf(package.SymbolsPath).Where(e => e.EndsWith(".pdb", StringComparison.Ordinal));

        Assert.Equal(TargetFrameworks.Select(tfm => $"lib/{tfm}/AseanUn.pdb").Order(StringComparer.Ordinal), pdbs);
    }

    [Fact]
    public void Symbols_MapSourcesToRepositoryRelativePaths_AndEmbedGeneratedSources()
    {
        foreach (var tfm in TargetFrameworks)
        {
            using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(PackedPackage.ReadEntry(package.SymbolsPath, $"lib/{tfm}/AseanUn.pdb")));
            var reader = pdb.GetMetadataReader();
            var documents = reader.Documents.Select(handle => (Handle: handle, Name: reader.GetString(reader.GetDocument(handle).Name))).ToList();

            // A CI build names the repository's files relative to a deterministic root, never by this machine's path.
            Assert.Contains(documents, d => d.Name == "/_/src/AseanUn/Partnership.cs");
            Assert.DoesNotContain(documents, d => d.Name.StartsWith(RepositoryRoot.Path, StringComparison.Ordinal));

            // Sources generated into obj/ are not in the repository, so they travel inside the PDB.
            var embedded = documents.Where(d => HasEmbeddedSource(reader, d.Handle)).Select(d => d.Name).ToList();
            Assert.Contains(embedded, name => name.EndsWith(".AssemblyInfo.cs", StringComparison.Ordinal));
            Assert.DoesNotContain("/_/src/AseanUn/Partnership.cs", embedded);
        }
    }

    private static bool HasEmbeddedSource(MetadataReader reader, DocumentHandle document) =>
        reader.GetCustomDebugInformation(document)
            .Any(handle => reader.GetGuid(reader.GetCustomDebugInformation(handle).Kind) == EmbeddedSourceKind);

    // The package's own bookkeeping (nuspec, OPC parts) is not content.
    private static bool IsContent(string entry) =>
        !entry.EndsWith(".nuspec", StringComparison.Ordinal)
        && !entry.StartsWith("_rels/", StringComparison.Ordinal)
        && !entry.StartsWith("package/", StringComparison.Ordinal)
        && entry != "[Content_Types].xml";

    // A netstandard2.0 build references the netstandard facade and nothing of a specific runtime.
    private static string? CoreLibraryOf(MetadataReader metadata) =>
        metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Where(reference => metadata.GetString(reference.Name) is "netstandard" or "System.Runtime" or "mscorlib")
            .Select(reference => $"{metadata.GetString(reference.Name)} {reference.Version.ToString(2)}")
            .SingleOrDefault();
}
