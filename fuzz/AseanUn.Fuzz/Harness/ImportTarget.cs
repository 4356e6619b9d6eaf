using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Fuzz;

/// <summary>
/// Fuzzes <see cref="DatasetJson"/>'s import and merge. Invariants: no exception ever (problems are results); a failed
/// import names at least one problem, every one with a message; a failed import or merge leaves
/// <see cref="Partnership.Current"/> untouched; the string and byte overloads agree on text that is valid UTF-8; an
/// accepted document exports to text that imports back to the same export.
/// </summary>
public sealed class ImportTarget : IFuzzTarget
{
    private readonly DatasetChecks _checks = new();

    /// <summary>Creates the target; <paramref name="withBuiltInExport"/> adds the whole built-in dataset as a seed (slower inputs, deeper reach).</summary>
    public ImportTarget(bool withBuiltInExport)
    {
        var seeds = new List<string>
        {
            """{"version":1,"edition":"x","asOf":"2017","records":{}}""",
            """
            {"version":1,"edition":"later","asOf":"2018-03","records":{"sourceDocuments":[{"id":"d","title":"T","publisher":"P","asOf":"2018","paragraphCount":2,"sources":[{"documentId":"d","paragraph":1}]}],
            "pillars":[{"id":"SC","name":"Socio-Cultural","sources":[{"documentId":"d","paragraph":2}]}]}}
            """,
        };
        if (withBuiltInExport)
        {
            seeds.Add(DatasetJson.Export(Partnership.Current));
        }

        Seeds = FuzzInputs.Utf8([.. seeds]);
    }

    /// <inheritdoc/>
    public string Name => "import";

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Seeds { get; }

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Tokens { get; } = FuzzInputs.Utf8(
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1", "-1", "1e400", "\"id\":", "\"d\\n\"", "\"SC.1.1000\"", "\"SC.1\"",
        "\"\\ud800\"", "\"2016-06/2016\"", "\"19XX\"", "\"/2006\"", "\"records\":", "\"version\":2", "[[[[[[[[", "\"events\":[{}]",
        "\"placeId\":\"nowhere\"", "\"sources\":[]");

    /// <inheritdoc/>
    public FuzzFailure? Check(byte[] input, out bool accepted)
    {
        accepted = false;
        try
        {
            var result = DatasetJson.TryImport(input, "fuzz.json");
            accepted = result.IsValid;
            if (DatasetChecks.Unexplained(result) is { } unexplained)
            {
                return Fail(unexplained);
            }

            var merged = DatasetJson.TryMerge(Partnership.Current, input, "fuzz.json");
            if (!_checks.CurrentUnchanged())
            {
                return Fail("an import or merge changed Partnership.Current");
            }

            if (DatasetChecks.Unexplained(merged) is { } unexplainedMerge)
            {
                return Fail(unexplainedMerge);
            }

            if (DatasetChecks.IsUtf8(input) && DatasetChecks.Describe(DatasetJson.TryImport(DatasetChecks.Text(input), "fuzz.json")) != DatasetChecks.Describe(result))
            {
                return Fail("the string and byte overloads disagree");
            }

            return accepted && !DatasetChecks.RoundTrips(result.Dataset!) ? Fail("an accepted document does not round-trip through its export") : null;
        }
        catch (Exception exception)
        {
            return Fail("import or merge threw", exception);
        }

        FuzzFailure Fail(string invariant, Exception? exception = null) => new(invariant, input, exception);
    }
}
