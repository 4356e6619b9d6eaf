using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AseanUn.Explorer;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Report.Tests;

/// <summary>
/// The page's search and the explorer's <c>find</c> answer the same queries with the same records: the page folds and
/// splits a query with the library's own table and matches the search keys the library embeds, in the browser.
/// </summary>
public sealed class SearchParityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // A country code, a name, a title with a hyphen, diacritics (in the query, in the data, and a letter that does not
    // decompose), an acronym and an alias, ids and codes, a typographic apostrophe, and several words at once.
    private static readonly string[] Queries =
    [
        "VNM", "Thailand", "Secretary-General", "Lê Lương Minh", "LE LUONG MINH", "communiqué", "COMMUNIQUE second", "đ",
        "UNICEF", "ESCAP", "summit-4", "PS.1", "SC.1.2", "children’s", "viet nam", "un women",
    ];

    [Fact]
    public async Task The_page_finds_the_records_find_finds_for_every_query()
    {
        await using var session = await browser.OpenAsync();
        var differences = new List<string>();
        foreach (var query in Queries)
        {
            var found = Find(query);
            Assert.True(found.Length > 0, $"find finds nothing for '{query}', so the query proves nothing.");
            var listed = await session.Page.EvaluateFunctionAsync<string[]>(
                "q => { const f = document.getElementById('f-q'); f.value = q; f.dispatchEvent(new Event('input')); return [...document.querySelectorAll('#result-list button')].map(b => b.dataset.id); }",
                query);
            if (!found.Order(StringComparer.Ordinal).SequenceEqual(listed.Order(StringComparer.Ordinal)))
            {
                differences.Add($"'{query}': the page lists {listed.Length}, find finds {found.Length}; only the page: {Some(listed.Except(found))}; only find: {Some(found.Except(listed))}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static string Some(IEnumerable<string> ids) => string.Join(" ", ids.Take(8)) is { Length: > 0 } some ? some : "none";

    // The explorer's own command, run in-process on the built-in dataset: the ids of `find QUERY --json`.
    private static string[] Find(string query)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new ExplorerContext(output, error, OutputLayout.Plain, 120, Partnership.Current, RepositoryRoot.Path);
        var exitCode = ExplorerApp.Run(["find", query, "--json"], context);
        Assert.True(exitCode is ExitCodes.Ok or ExitCodes.NotFoundOrInvalid, $"find '{query}' failed ({exitCode}): {error}");
        using var json = JsonDocument.Parse(output.ToString() is { Length: > 0 } text ? text : "[]");
        return [.. json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }
}
