using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace AseanUn.Tests.Architecture;

/// <summary>Directory.Packages.props pins only packages some project references, so no version is kept for nothing.</summary>
public sealed class PackagePinTests
{
    [Fact]
    public void Every_pinned_package_is_referenced_by_a_project()
    {
        var pinned = XDocument.Load(RepositoryRoot.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .Select(p => (string)p.Attribute("Include")!).ToList();
        var referenced = Directory.EnumerateFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => XDocument.Load(path).Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(pinned);
        Assert.All(pinned, id => Assert.True(referenced.Contains(id), $"{id} is pinned but no project references it."));
    }
}
