using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn;

public sealed partial class PartnershipDataset
{
    /// <summary>
    /// Gets the retractions later documents made: of values (whose statements stay on their records, deprecated with
    /// <see cref="RankReason.Retracted"/>) and of whole records (which are no longer in the dataset), in the order made.
    /// </summary>
    /// <remarks>Export writes them as the document's <c>retractions</c> and import reads them back; empty for the report alone.</remarks>
    public EquatableArray<Retraction> Retractions { get; private set; }

    /// <summary>
    /// Returns when the value of <paramref name="property"/> (a JSON name) of record <paramref name="id"/> was retracted:
    /// the latest date of the documents the retraction cites (issued, else as of); <see langword="null"/> when no
    /// retraction of the dataset names it or its documents are not in the dataset.
    /// </summary>
    internal Dates.PartialDate? RetractedOn(string id, string property)
    {
        Dates.PartialDate? latest = null;
        foreach (var retraction in Retractions)
        {
            if (retraction.RecordId != id || retraction.Property != property)
            {
                continue;
            }

            foreach (var evidence in retraction.Evidence)
            {
                if (TryGet<SourceDocument>(evidence.Citation.DocumentId, out var document)
                    && (document.Issued ?? document.AsOf) is var time && (latest is not { } best || best.EndDay < time.EndDay))
                {
                    latest = time;
                }
            }
        }

        return latest;
    }

    /// <summary>Returns a dataset of this one's records but those with an id in <paramref name="ids"/>: the records retractions withdraw.</summary>
    internal PartnershipDataset Without(System.Collections.Generic.HashSet<string> ids)
    {
        var groups = new System.Collections.Generic.List<PartnershipRecord>[RecordTypes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = [];
            foreach (var record in Records.AsSpan()[GroupRange(g)])
            {
                if (!ids.Contains(record.Id))
                {
                    groups[g].Add(record);
                }
            }
        }

        return new PartnershipDataset(Edition, AsOf, groups, BaseEdition, Layers);
    }

    /// <summary>Returns this dataset carrying <paramref name="retractions"/>; called only on a dataset nobody holds yet.</summary>
    internal PartnershipDataset WithRetractions(EquatableArray<Retraction> retractions)
    {
        Retractions = retractions;
        return this;
    }
}
