using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json.Updates;

/// <summary>A source that agrees with a record's current value of one property: a stated statement, never a correction.</summary>
internal sealed class CorroborationUpdate
{
    public required string RecordId { get; init; }

    public required string Property { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }
}
