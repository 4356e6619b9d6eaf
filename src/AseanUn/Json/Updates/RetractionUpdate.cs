using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json.Updates;

/// <summary>A later source's withdrawal of one value of a record, or (without a property) of the whole record, with the reason.</summary>
internal sealed class RetractionUpdate
{
    public required string RecordId { get; init; }

    public string? Property { get; init; }

    public required string Reason { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }
}
