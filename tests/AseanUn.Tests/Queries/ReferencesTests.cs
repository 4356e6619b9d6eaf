using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;
using AseanUn.Queries;

namespace AseanUn.Tests.Queries;

public sealed class ReferencesTests
{
    private static readonly PartnershipDataset Dataset = Partnership.Current;

    [Fact]
    public void A_summit_refers_to_its_place_participants_and_outcome_in_model_order()
    {
        var summit = Dataset.Get<Event>("summit-4");
        var references = Dataset.ReferencesOf(summit);

        Assert.All(references, r => Assert.Same(summit, r.Source));
        Assert.Contains(references, r => r is { Property: "placeId", TargetId: "bali", Target: Place });
        Assert.Contains(references, r => r is { Property: "outcomeIds", TargetId: "joint-declaration-comprehensive-partnership", Target: Instrument });
        string[] expected = [summit.PlaceId!, .. summit.ParticipantIds, .. summit.OutcomeIds, .. summit.ActionLineCodes];
        Assert.Equal(expected, references.Select(r => r.TargetId));
        Assert.All(references, r => Assert.Null(r.RoleIndex));
    }

    [Fact]
    public void The_unicef_framework_agreement_refers_to_unicef_as_a_party()
    {
        var references = Dataset.ReferencesTo("unicef");

        Assert.Contains(references, r => r.Source.Id == "asean-unicef-fac" && r.Property == "partyIds");
        Assert.All(references, r => Assert.Same(Dataset.GetRecord("unicef"), r.Target));
        // The same records the organisation filter finds, which reads the references its own way.
        Assert.Equal(
            Dataset.RecordsInvolvingOrganisation("unicef").Select(r => r.Id),
            references.Select(r => r.Source.Id).Distinct());
    }

    [Fact]
    public void A_person_refers_through_its_roles_and_says_which_role()
    {
        var person = Dataset.Get<Person>("le-luong-minh");
        var references = Dataset.ReferencesOf(person);

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.NotNull(r.RoleIndex);
            Assert.Same(person.Roles[r.RoleIndex.Value], r.Role);
            Assert.Equal(r.Property == "organisationId" ? r.Role!.OrganisationId : r.Role!.MemberStateId, r.TargetId);
        });
        Assert.Contains(references, r => r is { Property: "organisationId", TargetId: "asean-secretariat" });
    }

    [Fact]
    public void Every_reference_of_the_dataset_is_found_from_both_ends()
    {
        var forward = new List<RecordReference>();
        foreach (var record in Dataset.Records)
        {
            var references = Dataset.ReferencesOf(record);
            Assert.All(references, r => Assert.Same(record, r.Source));
            forward.AddRange(references);
        }

        Assert.NotEmpty(forward);
        foreach (var reference in forward)
        {
            Assert.Same(Dataset.GetRecord(reference.TargetId), reference.Target);
            Assert.Contains(reference, Dataset.ReferencesTo(reference.TargetId));
        }

        // Nothing more is found backwards than forwards, and backwards the sources come in dataset order.
        var targets = forward.Select(r => r.TargetId).Distinct().ToList();
        Assert.Equal(forward.Count, targets.Sum(id => Dataset.ReferencesTo(id).Count));
        Assert.All(targets, id =>
        {
            var ordinals = Dataset.ReferencesTo(id).Select(r => Dataset.Records.ToList().IndexOf(r.Source)).ToList();
            Assert.Equal(ordinals.Order(), ordinals);
        });
    }

    [Fact]
    public void A_record_from_outside_the_dataset_is_read_against_it()
    {
        var summit = Dataset.Get<Event>("summit-4");
        var changed = summit with { PlaceId = "nowhere" };

        var references = Dataset.ReferencesOf(changed);

        Assert.Contains(references, r => r is { Property: "placeId", TargetId: "nowhere", Target: null });
        Assert.Equal(Dataset.ReferencesOf(summit).Skip(1).Select(r => r.Target), references.Skip(1).Select(r => r.Target));
        Assert.Empty(Dataset.ReferencesTo("nowhere"));
    }
}
