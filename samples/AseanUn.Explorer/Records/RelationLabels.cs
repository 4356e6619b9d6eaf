using AseanUn.Queries;

namespace AseanUn.Explorer.Records;

/// <summary>Names what the target of a reference is to its source, for people reading <c>show</c>.</summary>
internal static class RelationLabels
{
    /// <summary>Returns the relation of <paramref name="reference"/>: a role's title, or the library's word for its property (<see cref="RecordReference.Relation"/>).</summary>
    public static string Of(RecordReference reference) => reference.Relation;
}
