using System.Linq;
using Xunit.Abstractions;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>No collection the built-in dataset hands out, through any property or query, can be cast back to a writable one.</summary>
public sealed class HandedOutCollectionTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_collection_the_built_in_dataset_hands_out_is_read_only()
    {
        var audit = HandoutAudit.Of(Partnership.Current);

        output.WriteLine($"{audit.Calls} calls, {audit.Objects} objects and {audit.Collections} collections inspected; not called (arguments of types the audit does not make): {string.Join(", ", audit.Uncalled.Distinct())}.");
        Assert.Empty(audit.Mutable.Take(20));
        Assert.True(audit.Collections > 1000 && audit.Calls > 1000, "The audit reached too little of the dataset to mean anything.");
    }
}
