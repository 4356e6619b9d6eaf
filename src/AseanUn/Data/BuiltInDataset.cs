using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

/// <summary>
/// The source of the built-in dataset, written as C# object initialisers so that the contributor analyzers check every
/// value as it is typed. Each part lives in a file named for what it holds. These files are compiled by the data
/// compiler (<c>src/AseanUn.DataCompiler</c>), which validates the whole dataset and writes the compact form the
/// library embeds; the library itself does not compile them.
/// </summary>
internal static partial class BuiltInDataset
{
    /// <summary>The edition of the built-in data.</summary>
    public const string Edition = "2017-03";

    /// <summary>The date up to which the built-in data reports: the latest event of the report, March 2017.</summary>
    public static PartialDate AsOf => PartialDate.Month(2017, 3);

    /// <summary>Gets every record, part by part in dataset order.</summary>
    public static IEnumerable<PartnershipRecord> AllRecords()
    {
        IEnumerable<PartnershipRecord>[] parts =
        [
            SourceDocuments(),
            Pillars(),
            Areas(),
            ActionLines(),
            MemberStates(),
            Groupings(),
            Places(),
            Organisations(),
            People(),
            Instruments(),
            Resolutions(),
            Summits(),
            Meetings(),
            Activities(),
            Figures(),
        ];
        foreach (var part in parts)
        {
            foreach (var record in part)
            {
                yield return record;
            }
        }
    }
}
