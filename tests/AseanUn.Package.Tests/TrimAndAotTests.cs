using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>
/// A console app that references the package, published trimmed and as native AOT with every trim and AOT warning an
/// error, runs its queries and answers as the library does.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class TrimAndAotTests(PackedPackage package, ITestOutputHelper log)
{
    [Fact]
    public void TrimmedApp_PublishesWithoutTrimWarnings_AndAnswersAsTheLibraryDoes() =>
        AssertPublishesCleanAndRuns("TrimSmokeTrimmed", "--use-current-runtime", "--self-contained", "-p:PublishTrimmed=true");

    [Fact]
    public void NativeAotApp_PublishesWithoutTrimOrAotWarnings_AndAnswersAsTheLibraryDoes() =>
        AssertPublishesCleanAndRuns("TrimSmokeAot", "--use-current-runtime", "-p:PublishAot=true");

    private void AssertPublishesCleanAndRuns(string name, params string[] options)
    {
        var project = package.Consumers.Create("TrimSmoke", name);

        var publish = project.Publish(options);
        log.WriteLine(publish.Summary);

        Assert.True(publish.Succeeded, publish.ToString());
        Assert.Empty(TrimOrAotDiagnostics(publish.Output));
        var run = project.RunPublished();
        log.WriteLine(run.Summary);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(ExpectedOutput(), run.OutputLines);
    }

    // ILLink and ILC print their warnings with or without a source location, as warnings or (here) as errors.
    private static List<string> TrimOrAotDiagnostics(string output) =>
        TrimOrAotDiagnostic().Matches(output).Select(m => m.Value).Distinct().ToList();

    private static IEnumerable<string> ExpectedOutput()
    {
        var partnership = Partnership.Current;
        yield return $"edition {partnership.Edition} as of {partnership.AsOf}";
        foreach (var line in partnership.ActionLines.Where(line => line.PillarCode == PillarCodes.SocioCultural))
        {
            yield return $"{line.Code} {line.Name}";
        }

        foreach (var entry in partnership.Timeline)
        {
            yield return $"{entry.Date} {entry.Kind} {entry.Title}";
        }
    }

    [GeneratedRegex(@"\b(?:warning|error)\s+IL[23]\d{3}\b[^\r\n]*")]
    private static partial Regex TrimOrAotDiagnostic();
}
