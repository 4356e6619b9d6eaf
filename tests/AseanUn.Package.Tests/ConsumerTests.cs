using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanUn.Dates;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>
/// Consumer projects that know AseanUn only as a package: restored from the test's folder feed into an isolated
/// packages folder, built with the packaged analyzers, and run.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerTests(PackedPackage package, ITestOutputHelper log)
{
    private ConsumerWorkspace Workspace => package.Consumers;

    [Fact]
    public void ValidConsumer_BuildsAgainstThePackage_AndPrintsTheDatasetTheLibraryHolds()
    {
        var run = BuildAndRun(Workspace.Create("Valid"));

        Assert.Equal(ExpectedValidOutput(), run.OutputLines);
    }

    [Fact]
    public void UnknownActionLineCode_FailsTheBuildWithAun0001_AtEachMarkedLine() => AssertFailsAtMarkedLines("UnknownCode");

    [Fact]
    public void ActionLineUnderAnotherPillar_FailsTheBuildWithAun0003_AtEachMarkedLine() => AssertFailsAtMarkedLines("PillarMismatch");

    [Fact]
    public void ReadmeExample_BuildsAgainstThePackage_AndRuns()
    {
        var project = Workspace.Create("ReadmeExample");
        var readme = File.ReadAllText(RepositoryRoot.Combine("src", "AseanUn", "PACKAGE.md"));
        var example = CSharpBlock().Match(readme);
        Assert.True(example.Success, "PACKAGE.md has no ```csharp example.");
        File.WriteAllText(project.ProgramPath, example.Groups["code"].Value);

        var run = BuildAndRun(project);

        Assert.Equal(ExpectedReadmeOutput(), run.OutputLines);
    }

    private void AssertFailsAtMarkedLines(string template)
    {
        var project = Workspace.Create(template);
        var expected = MarkedDiagnostics(project.ProgramPath);
        Assert.NotEmpty(expected);

        var build = Build(project);

        Assert.False(build.Process.Succeeded, $"The build should have failed at the marked lines: {build.Process}");
        AssertUsesOnlyThePackedPackage(project, build);
        log.WriteLine(build.Process.Output);
        var errors = build.Diagnostics.Where(d => d.Severity == "error").Select(d => (d.File, d.Line, d.Id)).Distinct();
        Assert.Equal(expected.Order(), errors.Order());
    }

    private ConsumerBuild Build(ConsumerProject project)
    {
        var build = project.Build();
        log.WriteLine(build.Process.Summary);
        return build;
    }

    private ProcessResult BuildAndRun(ConsumerProject project)
    {
        var build = Build(project);
        Assert.True(build.Process.Succeeded, build.Process.ToString());
        AssertUsesOnlyThePackedPackage(project, build);

        var run = project.RunBuilt();
        log.WriteLine(run.Summary);
        Assert.True(run.Succeeded, run.ToString());
        return run;
    }

    // Every line of the consumer's source marked `// expect: ID` must carry that error, and no other line any.
    private static List<(string File, int Line, string Id)> MarkedDiagnostics(string path) =>
        File.ReadAllLines(path)
            .Select((text, index) => (Match: ExpectMarker().Match(text), Line: index + 1))
            .Where(x => x.Match.Success)
            .Select(x => (path, x.Line, x.Match.Groups["id"].Value))
            .ToList();

    private void AssertUsesOnlyThePackedPackage(ConsumerProject project, ConsumerBuild build)
    {
        var restored = Workspace.RestoredPackage;

        // The compiler got the package's analyzers and library from the isolated folder, and nothing else named AseanUn.
        Assert.Equal(
            new[] { "AseanUn.Analyzers.dll", "AseanUn.CodeFixes.dll" }.Select(dll => Path.Combine(restored, "analyzers", "dotnet", "cs", dll)),
            build.Analyzers.Where(IsAseanUn).Order(StringComparer.Ordinal));
        Assert.Equal(
            [Path.Combine(restored, "lib", "net10.0", "AseanUn.dll")],
            build.References.Where(IsAseanUn));

        // Restore resolved packages only, from the isolated folder, and took AseanUn from the test's feed.
        using var assets = JsonDocument.Parse(File.ReadAllText(project.AssetsPath));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().ToList();
        Assert.All(libraries, library => Assert.Equal("package", library.Value.GetProperty("type").GetString()));
        Assert.Contains(libraries, library => library.Name == $"AseanUn/{package.Version}");
        Assert.Equal(
            [Path.TrimEndingDirectorySeparator(Workspace.PackagesFolder)],
            assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(folder => Path.TrimEndingDirectorySeparator(folder.Name)));
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(restored, ".nupkg.metadata")));
        Assert.Equal(package.Feed, Path.TrimEndingDirectorySeparator(metadata.RootElement.GetProperty("source").GetString()!));

        // What was restored is byte for byte what was packed.
        Assert.Equal(package.ReadEntry("lib/net10.0/AseanUn.dll"), File.ReadAllBytes(Path.Combine(restored, "lib", "net10.0", "AseanUn.dll")));
    }

    private static bool IsAseanUn(string path) => Path.GetFileName(path).StartsWith("AseanUn", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> ExpectedValidOutput()
    {
        var partnership = Partnership.Current;
        yield return $"edition {partnership.Edition} as of {partnership.AsOf}";
        foreach (var pillar in partnership.Pillars)
        {
            var lines = partnership.ActionLines.Where(line => line.PillarCode == pillar.Code).Select(line => line.Code);
            yield return $"pillar {pillar.Code} {pillar.Name}: {string.Join(" ", lines)}";
        }

        foreach (var pillar in partnership.Pillars)
        {
            yield return $"records under {pillar.Code}: {partnership.RecordsUnderPillar(pillar.Code).Count}";
        }

        foreach (var acronym in new[] { "UNICEF", "ESCAP", "AHA Centre" })
        {
            var ids = partnership.RecordsInvolvingOrganisation(acronym).Select(record => record.Id).ToList();
            Assert.NotEmpty(ids);
            yield return $"involving {acronym}: {string.Join(" ", ids)}";
        }

        yield return $"timeline {partnership.Timeline.Count} entries, first {partnership.Timeline[0].Date}";
        yield return $"contributes to {PillarCodes.SocioCultural}: {ActionLineCodes.Children} {ActionLineCodes.PublicHealth}";
    }

    // The README example's queries, answered in this process; a change to the example must change this too.
    private static IEnumerable<string> ExpectedReadmeOutput()
    {
        var asean = Partnership.Current;
        yield return $"Edition {asean.Edition}, as of {asean.AsOf}: {asean.Records.Count} records";
        var children = asean.RecordsUnderActionLine(ActionLineCodes.Children);
        Assert.NotEmpty(children);
        foreach (var record in children)
        {
            yield return $"{ActionLineCodes.Children}  {record.Label}";
        }

        var escap = asean.Query().InvolvingOrganisation("ESCAP").During(PartialDate.Years(2014, 2016)).ToTimeline();
        Assert.NotEmpty(escap);
        foreach (var entry in escap)
        {
            yield return $"{entry.Date}  {entry.Title}";
        }
    }

    [GeneratedRegex(@"// expect: (?<id>AUN\d{4})")]
    private static partial Regex ExpectMarker();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
