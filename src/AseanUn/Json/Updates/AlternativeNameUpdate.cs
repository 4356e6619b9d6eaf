using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json.Updates;

/// <summary>Another name a source gives a record: a statement on its name or title ranked with <see cref="RankReason.AlternativeName"/>.</summary>
internal sealed class AlternativeNameUpdate
{
    public required string RecordId { get; init; }

    public required string Name { get; init; }

    public required EquatableArray<Citation> Sources { get; init; }

    public string? Quote { get; init; }
}
