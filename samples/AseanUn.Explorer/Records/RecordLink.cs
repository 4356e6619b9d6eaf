using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>One link <c>show</c> lists: the record at the other end (null when the dataset lacks it) and how the two are related.</summary>
/// <param name="Id">The other record's id.</param>
/// <param name="Record">The other record, if the dataset holds it.</param>
/// <param name="Relation">What the linked-to record is to the linking one, e.g. <c>participant</c>, <c>country</c>.</param>
internal sealed record RecordLink(string Id, PartnershipRecord? Record, string Relation);
