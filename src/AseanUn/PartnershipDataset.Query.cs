using AseanUn.Queries;

namespace AseanUn;

// Combined filters.
public sealed partial class PartnershipDataset
{
    /// <summary>Starts a query over this dataset; with no filter it matches every record.</summary>
    public RecordQuery Query() => new(this, null);
}
