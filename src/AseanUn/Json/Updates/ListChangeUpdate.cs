using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json.Updates;

/// <summary>Items added to and removed from one list property of a record, without restating the list.</summary>
internal sealed class ListChangeUpdate
{
    public required string RecordId { get; init; }

    public required string Property { get; init; }

    public EquatableArray<string> Add { get; init; }

    public EquatableArray<string> Remove { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }

    public string? Reason { get; init; }
}
