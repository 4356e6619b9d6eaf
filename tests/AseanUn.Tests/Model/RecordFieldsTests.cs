using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using AseanUn.Authoring;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Model;

/// <summary>The field tables describe the model's declarations exactly: every settable property, in order, with what it holds.</summary>
public sealed class RecordFieldsTests
{
    [Fact]
    public void Each_type_s_table_lists_its_settable_properties_in_declaration_order_with_their_json_names()
    {
        foreach (var type in RecordTypes.All)
        {
            var declared = type.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is not null && p.GetCustomAttribute<StatementViewAttribute>() is null).OrderBy(p => p.MetadataToken).Select(p => p.Name);
            var fields = RecordFields.Of(type.Type);

            Assert.Equal(declared, fields.Select(f => f.Name));
            Assert.All(fields, f => Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(f.Name), f.JsonName));
        }

        Assert.Equal(["Id", "Sources", "Note", "Statements"], RecordFields.Common.Select(f => f.Name));
    }

    // Inferences, claims and an instrument's history are views of the statements: the statements are the field.
    [Fact]
    public void The_views_of_the_statements_are_no_fields_and_the_statements_are_one()
    {
        Assert.DoesNotContain(RecordFields.Common, f => f.Name is "Inferences" or "Claims");
        Assert.DoesNotContain(RecordFields.Of(typeof(Instrument)), f => f.Name == "History");

        var statements = RecordFields.Common.Single(f => f.Name == "Statements");
        Assert.Equal(typeof(Statement), statements.ValueType);
        Assert.Equal(["Property", "Value", "Time", "Evidence", "Basis", "Reason", "Rank", "RankReason", "PlaceId", "BodyId"], statements.ItemFields.Select(f => f.Name));
    }

    // The export leaves out a field so marked when it holds nothing, as it leaves out a record's empty statements.
    [Fact]
    public void The_fields_written_only_when_set_are_those_marked_so()
    {
        var marked = typeof(PartnershipRecord).Assembly.GetTypes().Where(t => typeof(PartnershipRecord).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<WrittenWhenSetAttribute>() is not null).Select(p => $"{t.Name}.{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}"));

        Assert.Equal(marked.Order(), RecordFieldTable.WrittenWhenSet.Select(f => $"{f.Owner.Name}.{f.JsonName}").Order());
        Assert.Contains((typeof(PartnershipRecord), "statements"), RecordFieldTable.WrittenWhenSet);
    }

    [Fact]
    public void Kinds_requiredness_and_references_follow_the_declarations()
    {
        var instrument = RecordFields.Of(typeof(Instrument)).ToDictionary(f => f.Name);

        Assert.Equal(RecordFieldKind.Enumeration, instrument["Kind"].Kind);
        Assert.Equal(typeof(InstrumentKind), instrument["Kind"].ValueType);
        Assert.True(instrument["Title"].IsRequired);
        Assert.True(instrument["ShortName"].IsOptional);
        Assert.True(instrument["Date"].IsDate);
        Assert.Equal(typeof(PartialDate), instrument["Date"].ValueType);
        Assert.Equal(RecordFieldKind.ReferenceList, instrument["PartyIds"].Kind);
        Assert.Equal([typeof(Organisation), typeof(MemberState), typeof(StateGrouping)], instrument["PartyIds"].Targets);
        Assert.Equal("party", instrument["PartyIds"].Label);
        Assert.Equal(RecordFieldKind.Enumeration, instrument["Status"].Kind);
        Assert.Equal("The short name the report uses, if any, e.g. FAC or MPAC.", instrument["ShortName"].Description);
        Assert.Equal("short name", instrument["ShortName"].Label);
        Assert.Equal(RecordFieldKind.Number, RecordFields.Of(typeof(Figure)).Single(f => f.Name == "Value").Kind);
        Assert.Equal("held alongside", RecordFields.Of(typeof(Event)).Single(f => f.Name == "SidelinesOfId").Label);

        var roles = RecordFields.Of(typeof(Person)).Single(f => f.Name == "Roles");
        Assert.Equal(typeof(Role), roles.ValueType);
        Assert.Equal([typeof(Organisation)], roles.ItemFields.Single(f => f.Name == "OrganisationId").Targets);
    }

    [Fact]
    public void Every_reference_field_matches_its_attribute_and_every_other_field_has_none()
    {
        foreach (var field in RecordTypes.All.SelectMany(t => RecordFields.Of(t.Type).Select(f => (t.Type, f))).SelectMany(p => p.f.Kind == RecordFieldKind.Items
                     ? p.f.ItemFields.Select(i => (p.f.ValueType, i))
                     : [p]))
        {
            var attribute = field.Item1.GetProperty(field.Item2.Name)!.GetCustomAttribute<RecordReferenceAttribute>();
            Assert.Equal(attribute is not null, field.Item2.IsReference);
            Assert.Equal(attribute?.Targets ?? [], field.Item2.Targets);
        }
    }

    [Fact]
    public void A_field_reads_its_value_from_a_record()
    {
        var summit = (Event)Partnership.Current.GetRecord("summit-4");
        var fields = RecordFields.Of(summit).ToDictionary(f => f.Name);

        Assert.Equal(summit.Title, fields["Title"].ValueOf(summit));
        Assert.Equal(summit.Date, fields["Date"].ValueOf(summit));
        Assert.Equal(summit.Id, RecordFields.Common[0].ValueOf(summit));
        Assert.Throws<ArgumentException>(() => RecordFields.Of(typeof(Role)));
    }
}
