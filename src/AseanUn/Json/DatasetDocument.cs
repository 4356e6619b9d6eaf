using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>The root of the JSON interchange format (see <c>docs/data-format.md</c>).</summary>
internal sealed class DatasetDocument
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    public required int Version { get; init; }

    public required string Edition { get; init; }

    public required PartialDate AsOf { get; init; }

    public required DatasetRecords Records { get; init; }
}

/// <summary>The records of a document, one array per record type, in the order of <c>RecordGroups</c>.</summary>
internal sealed class DatasetRecords
{
    public EquatableArray<SourceDocument> SourceDocuments { get; init; }

    public EquatableArray<Pillar> Pillars { get; init; }

    public EquatableArray<Area> Areas { get; init; }

    public EquatableArray<ActionLine> ActionLines { get; init; }

    public EquatableArray<MemberState> MemberStates { get; init; }

    public EquatableArray<StateGrouping> Groupings { get; init; }

    public EquatableArray<Place> Places { get; init; }

    public EquatableArray<Organisation> Organisations { get; init; }

    public EquatableArray<Person> People { get; init; }

    public EquatableArray<Instrument> Instruments { get; init; }

    public EquatableArray<Event> Events { get; init; }

    public EquatableArray<Activity> Activities { get; init; }

    public EquatableArray<Figure> Figures { get; init; }
}
