using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AseanUn.Json;
using AseanUn.Model;
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

        // The app imports its own export; the answers must be those of the built-in dataset in this process.
        var json = DatasetJson.Export(partnership);
        yield return $"export {json.Length} chars sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}";
        yield return $"imported edition {partnership.Edition} as of {partnership.AsOf}: {partnership.Records.Count} records";
        yield return "re-export identical True";
        yield return $"under {PillarCodes.SocioCultural}: {Ids(partnership.RecordsUnderPillar(PillarCodes.SocioCultural))}";
        var children = partnership.GetActionLine(ActionLineCodes.Children);
        yield return $"action line {children.Code} in {children.AreaCode}: {children.Name}";
        yield return $"search UNICEF: {Ids(partnership.Search("UNICEF"))}";
    }

    private static string Ids(IEnumerable<PartnershipRecord> records) => string.Join(" ", records.Select(record => record.Id));

    [GeneratedRegex(@"\b(?:warning|error)\s+IL[23]\d{3}\b[^\r\n]*")]
    private static partial Regex TrimOrAotDiagnostic();
}
