using AseanUn.Presentation;

namespace AseanUn.Tests.Presentation;

/// <summary>The page's descriptions of the fields come from the field tables.</summary>
public sealed class FieldDescriptionsTests
{
    // The page shows a statement's property as the field's label ("Place" for placeId), as it did an inference's.
    [Fact]
    public void A_statement_s_property_names_a_field()
    {
        Assert.True(FieldDescriptions.Fields()["property"].NamesField);
    }
}
