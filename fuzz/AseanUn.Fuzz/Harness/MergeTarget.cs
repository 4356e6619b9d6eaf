using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AseanUn.Json;

namespace AseanUn.Fuzz;

/// <summary>
/// Fuzzes <see cref="DatasetJson.TryMerge(PartnershipDataset, ReadOnlySpan{byte}, string?)"/> with documents that hold
/// <c>updates</c> of built-in records: status steps, added citations and corrections, several aimed at one record.
/// Invariants: no exception ever; a failed merge names its problems, each with a message and a path; no merge changes
/// <see cref="Partnership.Current"/> or any of its records; the string and byte overloads agree on valid UTF-8; an
/// accepted merge keeps every built-in record and exports to text that imports back to the same export.
/// </summary>
public sealed class MergeTarget : IFuzzTarget
{
    private const string Head = """
        {"version":1,"edition":"later","asOf":"2018-06","records":{"sourceDocuments":[{"id":"d","title":"T","publisher":"P","asOf":"2018","paragraphCount":20,"sources":[{"documentId":"d","paragraph":1}]}]},
        """;

    private readonly DatasetChecks _checks = new();

    /// <inheritdoc/>
    public string Name => "merge";

    /// <summary>Gets how many inputs reached the updates: merged, or rejected for a problem in <c>$.updates</c>.</summary>
    public long UpdatesReached { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Seeds { get; } = FuzzInputs.Utf8(
        Head + """
        "updates":{"statusEntries":[{"recordId":"asean-un-work-plan-environment-climate-change","status":"adopted","date":"2017-11-13","sources":[{"documentId":"d","paragraph":2}]},
        {"recordId":"asean-un-work-plan-environment-climate-change","status":"inForce","date":"2018","sources":[{"documentId":"d"}]}]}}
        """,
        Head + """
        "updates":{"citations":[{"recordId":"summit-4","sources":[{"documentId":"d","paragraph":2},{"documentId":"overview-2017","paragraph":10},{"documentId":"d","paragraph":2}]},
        {"recordId":"summit-4","sources":[{"documentId":"d","paragraph":3}]}]}}
        """,
        Head + """
        "updates":{"corrections":[{"recordId":"summit-4","property":"title","value":"Fourth Summit","sources":[{"documentId":"d","paragraph":4}],"reason":"Renamed."},
        {"recordId":"summit-4","property":"title","value":"4th Summit","rank":"normal","sources":[{"documentId":"d","paragraph":5}],"reason":"Disputed."},
        {"recordId":"unctad-x","property":"date","value":"2000-02-12/2000-02-19","sources":[{"documentId":"d","paragraph":3}],"reason":"Dated."},
        {"recordId":"peacekeepers-contributed-2015","property":"value","value":5.5e3,"sources":[{"documentId":"d"}],"reason":"Figure."},
        {"recordId":"d","property":"paragraphCount","value":5,"sources":[{"documentId":"d","paragraph":1}],"reason":"Fewer."}]}}
        """,
        Head + """
        "updates":{"statusEntries":[{"recordId":"asean-un-plan-of-action-2016-2020","status":"inForce","date":"2017","sources":[{"documentId":"d","paragraph":4}]}],
        "citations":[{"recordId":"asean-un-plan-of-action-2016-2020","sources":[{"documentId":"d","paragraph":6}]}],
        "corrections":[{"recordId":"asean-un-plan-of-action-2016-2020","property":"shortName","value":"POA","sources":[{"documentId":"d","paragraph":7}],"reason":"Named."}]}}
        """);

    /// <inheritdoc/>
    public IReadOnlyList<byte[]> Tokens { get; } = FuzzInputs.Utf8(
        "{", "}", "[", "]", ",", ":", "\"", "null", "1", "-1", "0", "21", "5.5e3", "\"updates\":", "\"statusEntries\":[", "\"citations\":[",
        "\"corrections\":[", "\"recordId\":\"summit-4\",", "\"recordId\":\"d\",", "\"recordId\":\"asean-un-plan-of-action-2016-2020\",", "\"recordId\":\"nowhere\",",
        "\"property\":\"Title\",", "\"property\":\"title\",", "\"property\":\"Id\",", "\"property\":\"Status\",", "\"property\":\"PlaceId\",",
        "\"property\":\"paragraphCount\",", "\"value\":", "\"bangkok\"", "\"rank\":\"normal\",", "\"rank\":\"preferred\",", "\"rank\":\"deprecated\",",
        "\"reason\":\"r\"", "\"reason\":\" \"", "\"status\":\"planned\",", "\"status\":\"inForce\",", "\"date\":\"2016-01\",", "\"date\":\"2019\",",
        "\"sources\":[]", "{\"documentId\":\"d\",\"paragraph\":2}", "{\"documentId\":\"d\"}", "{\"documentId\":\"overview-2017\",\"paragraph\":10}",
        "{\"documentId\":\"summit-4\"}");

    /// <inheritdoc/>
    public FuzzFailure? Check(byte[] input, out bool accepted)
    {
        accepted = false;
        try
        {
            var merged = DatasetJson.TryMerge(Partnership.Current, input, "fuzz.json");
            accepted = merged.IsValid;
            UpdatesReached += accepted || merged.Problems.Any(p => p.Path.StartsWith("$.updates", StringComparison.Ordinal)) ? 1 : 0;
            if (!_checks.CurrentUnchanged())
            {
                return Fail("a merge changed Partnership.Current or one of its records");
            }

            if (DatasetChecks.Unexplained(merged) is { } unexplained)
            {
                return Fail(unexplained);
            }

            if (DatasetChecks.IsUtf8(input) && DatasetChecks.Describe(DatasetJson.TryMerge(Partnership.Current, DatasetChecks.Text(input), "fuzz.json")) != DatasetChecks.Describe(merged))
            {
                return Fail("the string and byte overloads disagree");
            }

            if (!accepted)
            {
                return null;
            }

            var dataset = merged.Dataset!;
            if (Partnership.Current.Records.Any(r => !dataset.TryGetRecord(r.Id, out var kept) || kept.GetType() != r.GetType()))
            {
                return Fail("an accepted merge lost a built-in record or changed its type");
            }

            return DatasetChecks.RoundTrips(dataset) ? null : Fail("an accepted merge does not round-trip through its export");
        }
        catch (Exception exception)
        {
            return Fail("merge threw", exception);
        }

        FuzzFailure Fail(string invariant, Exception? exception = null) => new(invariant, input, exception);
    }
}
