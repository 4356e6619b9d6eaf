using AseanUn.Json;

namespace AseanUn.Tests.Dataset;

/// <summary>
/// The built-in dataset is created without validation at run time (the build's contributor analyzers check it); this
/// is where every rule of the validator still runs over it, both ways a user could feed it back.
/// </summary>
public sealed class BuiltInValidityTests
{
    [Fact]
    public void The_built_in_records_pass_every_rule_of_the_validator()
    {
        var data = Partnership.Current;

        var result = PartnershipDataset.TryCreate(data.Edition, data.AsOf, data.Records);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void The_export_of_the_built_in_dataset_imports_without_a_problem()
    {
        var result = DatasetJson.TryImport(DatasetJson.Export(Partnership.Current));

        Assert.Empty(result.Problems);
    }
}
