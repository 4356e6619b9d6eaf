using System.Collections.Generic;
using System.Text.Json.Serialization;
using AseanUn.Dates;
using AseanUn.Collections;
using AseanUn.Model;
using AseanUn.Stacking;

namespace AseanUn.Json;

/// <summary>The root of the JSON interchange format (see <c>docs/data-format.md</c>).</summary>
internal sealed class DatasetDocument
{
    /// <summary>The format version this library writes: 2, with statements.</summary>
    public const int CurrentVersion = 2;

    /// <summary>The oldest format version this library reads: 1, whose inferences, claims and history become statements.</summary>
    public const int OldestVersion = 1;

    /// <summary>Returns whether this library reads format version <paramref name="version"/>.</summary>
    public static bool IsReadable(int version) => version is >= OldestVersion and <= CurrentVersion;

    public required int Version { get; init; }

    public required string Edition { get; init; }

    public required PartialDate AsOf { get; init; }

    /// <summary>The header of a merge file: the layer's name and what it requires; absent in exports.</summary>
    public LayerHeader? Layer { get; init; }

    /// <summary>The manifest of an exported stack, in order; written only when there are layers.</summary>
    public EquatableArray<DatasetLayer> Layers { get; init; }

    public required DatasetRecords Records { get; init; }

    /// <summary>Updates to records that already exist; absent in exports, which carry the updated records themselves.</summary>
    public DatasetUpdates? Updates { get; init; }

    /// <summary>The dataset's retractions (<see cref="PartnershipDataset.Retractions"/>); left out when there are none.</summary>
    public Collections.EquatableArray<Retraction>? Retractions { get; init; }
}

/// <summary>
/// The records of a document: one array per record type, named and ordered as <see cref="RecordTypes"/> gives them.
/// Written and read by <see cref="DatasetRecordsConverter"/>, so the format follows the registry.
/// </summary>
/// <param name="groups">The records of each group, by group index.</param>
[JsonConverter(typeof(DatasetRecordsConverter))]
internal sealed class DatasetRecords(IReadOnlyList<PartnershipRecord>[] groups)
{
    /// <summary>Gets the records of each group, by group index.</summary>
    public IReadOnlyList<PartnershipRecord>[] Groups { get; } = groups;
}
