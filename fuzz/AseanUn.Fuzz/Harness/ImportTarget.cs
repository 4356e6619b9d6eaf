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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PartnershipDataset _current = Partnership.Current;
    private readonly int _currentRecords = Partnership.Current.Records.Count;
    private readonly string _currentEdition = Partnership.Current.Edition;

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

        Seeds = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <inheritdoc/>
    public string Name => "import";

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Seeds { get; }

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Tokens { get; } = new[]
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1", "-1", "1e400", "\"id\":", "\"d\\n\"", "\"SC.1.1000\"", "\"SC.1\"",
        "\"\\ud800\"", "\"2016-06/2016\"", "\"19XX\"", "\"/2006\"", "\"records\":", "\"version\":2", "[[[[[[[[", "\"events\":[{}]",
        "\"placeId\":\"nowhere\"", "\"sources\":[]",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <inheritdoc/>
    public FuzzFailure? Check(byte[] input, out bool accepted)
    {
        accepted = false;
        try
        {
            var result = DatasetJson.TryImport(input, "fuzz.json");
            accepted = result.IsValid;
            if (!accepted && (result.Problems.Count == 0 || result.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message))))
            {
                return Fail("a failed import names no problem, or a problem without a message");
            }

            var merged = DatasetJson.TryMerge(Partnership.Current, input, "fuzz.json");
            if (!ReferenceEquals(Partnership.Current, _current) || _current.Records.Count != _currentRecords || _current.Edition != _currentEdition)
            {
                return Fail("an import or merge changed Partnership.Current");
            }

            if (!merged.IsValid && merged.Problems.Count == 0)
            {
                return Fail("a failed merge names no problem");
            }

            if (IsUtf8(input) && Describe(DatasetJson.TryImport(StrictUtf8.GetString(input), "fuzz.json")) != Describe(result))
            {
                return Fail("the string and byte overloads disagree");
            }

            if (accepted)
            {
                var export = DatasetJson.Export(result.Dataset!);
                if (DatasetJson.Export(DatasetJson.Import(export)) != export)
                {
                    return Fail("an accepted document does not round-trip through its export");
                }
            }

            return null;
        }
        catch (Exception exception)
        {
            return Fail("import or merge threw", exception);
        }

        FuzzFailure Fail(string invariant, Exception? exception = null) => new(invariant, input, exception);
    }

    private static bool IsUtf8(byte[] input)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(input);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Describe(DatasetResult result) =>
        result.IsValid + "\n" + string.Join("\n", result.Problems.Select(p => p.ToString()));
}
