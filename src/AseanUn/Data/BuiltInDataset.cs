using System.Collections.Generic;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Data;

/// <summary>
/// The built-in dataset, written as C# object initialisers so that loading it parses nothing. Each part lives in a
/// file named for what it holds; the contributor analyzers check every part at build time.
/// </summary>
internal static partial class BuiltInDataset
{
    /// <summary>The edition of the built-in data.</summary>
    public const string Edition = "2017-03";

    /// <summary>The date up to which the built-in data reports: the latest event of the report, March 2017.</summary>
    public static PartialDate AsOf => PartialDate.Month(2017, 3);

    /// <summary>
    /// Creates the dataset without validating it again: the contributor analyzers check every record when the library
    /// is built, and a test runs the full validator over it, so a process never pays for checks that cannot fail.
    /// </summary>
    public static PartnershipDataset Create() => PartnershipDataset.FromValidated(Edition, AsOf, PartnershipDataset.Group(AllRecords()));

    private static IEnumerable<PartnershipRecord> AllRecords()
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
