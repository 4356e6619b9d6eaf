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

    /// <summary>Returns this dataset carrying <paramref name="retractions"/>; called only on a dataset nobody holds yet.</summary>
    internal PartnershipDataset WithRetractions(EquatableArray<Retraction> retractions)
    {
        Retractions = retractions;
        return this;
    }
}
