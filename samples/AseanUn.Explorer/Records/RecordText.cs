using AseanUn.Collections;
using AseanUn.Explorer.Json;
using AseanUn.Model;
using NodaTime;
using NodaTime.Text;

namespace AseanUn.Explorer.Records;

/// <summary>How the explorer names a record's type, kind, date and action lines, the same in every command.</summary>
internal static class RecordText
{
    /// <summary>Returns the record type's name, e.g. <c>Event</c>.</summary>
    public static string TypeOf(PartnershipRecord record) => record.GetType().Name;

    /// <summary>Returns the date that places the record on the timeline, as EDTF text, if it has one.</summary>
    public static string? DateOf(PartnershipRecord record) => record.TimelineDate?.ToString();

    /// <summary>Returns the action-line codes a record is tagged with (the library's <see cref="PartnershipRecord.ActionLineTags"/>).</summary>
    public static EquatableArray<string> ActionLinesOf(PartnershipRecord record) => record.ActionLineTags;

    /// <summary>Formats a day as ISO 8601, whatever the culture.</summary>
    public static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>Returns the label of the record with id <paramref name="id"/>, or the id itself if the dataset lacks it.</summary>
    public static string LabelOf(PartnershipDataset dataset, string id) => dataset.TryGetRecord(id, out var record) ? record.Label : id;

    /// <summary>Returns how the text listings name a claim's rank: <c>chosen</c> for the value the record carries, else <c>normal</c> or <c>deprecated</c>.</summary>
    public static string RankOf(ClaimRank rank) => rank == ClaimRank.Preferred ? "chosen" : rank.ToString().ToLowerInvariant();

    /// <summary>Returns how a listing names the record's sort: its kind if it has one, else its type (<c>Summit</c>, <c>Person</c>).</summary>
    public static string SortOf(PartnershipRecord record) => record.KindName ?? TypeOf(record);

    /// <summary>Returns the record as an item of a <c>--json</c> listing, type and kind in camel case.</summary>
    public static RecordItem ItemOf(PartnershipRecord record) =>
        new(record.Id, JsonNames.Of(TypeOf(record)), record.KindName is { } kind ? JsonNames.Of(kind) : null, record.Label, DateOf(record));

    /// <summary>Returns a link as an item of <c>show --json</c>, its relation as one camel-case name; a record the dataset lacks has only its id.</summary>
    public static RecordItem ItemOf(RecordLink link)
    {
        var relation = RelationLabels.JsonNameOf(link.Relation);
        return link.Record is { } record
            ? ItemOf(record) with { Relation = relation, RoleTitle = link.RoleTitle }
            : new RecordItem(link.Id, "unknown", null, link.Id, null, relation, link.RoleTitle);
    }
}
