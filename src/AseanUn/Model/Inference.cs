namespace AseanUn.Model;

/// <summary>
/// Marks one value of a record as inferred: the cited paragraphs do not state it, the dataset reasons its way to it.
/// Every value of a record that no inference names is stated by the record's citations.
/// </summary>
/// <remarks>
/// This is the qualifier Wikidata calls "determination method": the value stays typed on its record, and this marker
/// says how it was reached. A contributor rule (AUN0107) makes a marker without a reason, or one naming a property
/// the record does not have, a build error in the dataset source.
/// </remarks>
/// <param name="Property">The name of the inferred property, as in C# (e.g. <c>Status</c> or <c>PlaceId</c>).</param>
/// <param name="Reason">One short sentence on why the value follows although the source does not state it.</param>
public readonly record struct Inference(string Property, string Reason)
{
    /// <summary>Formats the marker as <c>Property: reason</c>.</summary>
    public override string ToString() => $"{Property}: {Reason}";
}
