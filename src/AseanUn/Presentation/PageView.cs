using System.Collections.Generic;

namespace AseanUn.Presentation;

/// <summary>
/// What the report page shows of a dataset beyond its export, worked out by the library so the page's script applies
/// no rule of the library itself: each record's labels, lane, timeline date and search key; the lanes and the code
/// tree with their counts; the day span of every date; what each field and enumeration value is called; and the
/// library's text folding as a table, so the page folds a query exactly as <c>Search</c> does.
/// </summary>
/// <param name="AsOf">The date the data reports to, as EDTF text (a key of <paramref name="Dates"/>).</param>
/// <param name="Lanes">The timeline's lanes, in order: the partnership as a whole, then each pillar.</param>
/// <param name="Records">Every record, in dataset order.</param>
/// <param name="Codes">The code tree: each pillar with its areas, each area with its action lines.</param>
/// <param name="Dates">The day span of every date the records hold, by its EDTF text.</param>
/// <param name="Fields">What each field of the format is, by its JSON name (at any depth).</param>
/// <param name="Values">The words for each enumeration value of the format, by its JSON name (e.g. <c>inForce</c> → <c>In force</c>).</param>
/// <param name="Search">How the page turns a query into words the records' search keys are matched against.</param>
internal sealed record PageView(
    string AsOf,
    List<LaneView> Lanes,
    List<RecordView> Records,
    List<CodeView> Codes,
    SortedDictionary<string, DateView> Dates,
    SortedDictionary<string, FieldView> Fields,
    SortedDictionary<string, string> Values,
    SearchView Search);
