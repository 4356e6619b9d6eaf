namespace AseanUn.Explorer.Records;

/// <summary>One reference from a record to another: what the target is to the source, and the target's id.</summary>
/// <param name="Relation">What the target is to the source, e.g. <c>participant</c> or <c>outcome</c>.</param>
/// <param name="TargetId">The id the source refers to.</param>
internal readonly record struct RecordLink(string Relation, string TargetId);
