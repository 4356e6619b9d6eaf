using System;
using AseanUn.Data;

namespace AseanUn;

/// <summary>The entry point: the built-in dataset of the ASEAN–UN Comprehensive Partnership.</summary>
public static class Partnership
{
    private static readonly Lazy<PartnershipDataset> BuiltIn = new(BuiltInDataset.Create);

    /// <summary>
    /// Gets the built-in dataset: every fact of the ASEAN Secretariat's "Overview of ASEAN-UN Cooperation"
    /// (status as of early 2017). It is compiled into the assembly as objects, so the first access parses nothing.
    /// </summary>
    public static PartnershipDataset Current => BuiltIn.Value;
}
