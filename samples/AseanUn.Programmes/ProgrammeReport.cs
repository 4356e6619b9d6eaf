using System.Collections.Generic;
using System.IO;
using System.Linq;
using AseanUn.Queries;

namespace AseanUn.Programmes;

/// <summary>Writes, for each of our programmes, what the partnership recorded under each action line it is tagged with.</summary>
/// <param name="dataset">The partnership dataset to report against.</param>
/// <param name="output">Where the report goes.</param>
internal sealed class ProgrammeReport(PartnershipDataset dataset, TextWriter output)
{
    // The dated records listed per line, latest first; the rest are counted.
    private const int LatestShown = 3;

    /// <summary>Writes the report for <paramref name="programmes"/>.</summary>
    public void Write(IEnumerable<Programme> programmes)
    {
        output.WriteLine($"Our programmes against the ASEAN-UN Comprehensive Partnership (edition {dataset.Edition}, as of {dataset.AsOf})");
        foreach (var programme in programmes)
        {
            output.WriteLine();
            output.WriteLine(programme.Name);
            foreach (var tag in programme.Contributions)
            {
                output.WriteLine($"  {dataset.GetPillar(tag.Pillar).Name} ({tag.Pillar})");
                foreach (var line in tag.ActionLines)
                {
                    WriteLine(line);
                }
            }
        }
    }

    /// <summary>Writes one action line: how many records the partnership has under it, the latest dated ones, and who works on it.</summary>
    private void WriteLine([ActionLineCode] string code)
    {
        var records = dataset.RecordsUnderActionLine(code);
        output.WriteLine($"    {code} {dataset.GetActionLine(code).Name}: {records.Count} {(records.Count == 1 ? "record" : "records")}");
        var dated = dataset.Query().UnderActionLine(code).ToTimeline();
        foreach (var entry in dated.Reverse().Take(LatestShown))
        {
            output.WriteLine($"      {entry.Date,-10}  {entry.Title}");
        }

        if (dated.Count > LatestShown)
        {
            output.WriteLine($"      … and {dated.Count - LatestShown} earlier");
        }

        var partners = dataset.CooperationLinksUnderActionLine(code).Select(Describe).Distinct().ToList();
        if (partners.Count > 0)
        {
            output.WriteLine($"      working together: {string.Join("; ", partners)}");
        }
    }

    private static string Describe(CooperationLink link) =>
        $"{link.UnitedNationsEntity.Acronym ?? link.UnitedNationsEntity.Name} with {link.AseanBody.Acronym ?? link.AseanBody.Name}";
}
