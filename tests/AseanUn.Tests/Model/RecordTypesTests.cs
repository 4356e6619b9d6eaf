using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AseanUn.Authoring;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Tests.Model;

/// <summary>
/// The registry of record types is complete: every concrete record type of the model is in it once, and every
/// reference property of every type (and of the items a record holds, such as roles) is described with its targets,
/// exactly as the model's <c>[RecordReference]</c> attributes (which the contributor analyzers read) state them.
/// </summary>
public sealed class RecordTypesTests
{
    private static readonly Type[] ConcreteRecordTypes =
        [.. typeof(PartnershipRecord).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PartnershipRecord)) && !t.IsAbstract)];

    [Fact]
    public void Every_concrete_record_type_is_registered_once()
    {
        Assert.NotEmpty(ConcreteRecordTypes);
        Assert.Equal(ConcreteRecordTypes.Select(t => t.Name).Order(), RecordTypes.All.Select(t => t.Type.Name).Order());
        Assert.All(RecordTypes.All, t => Assert.Equal(t, RecordTypes.All[RecordTypes.IndexOf(t.Type)]));
    }

    [Fact]
    public void Group_names_are_distinct_camel_case_names()
    {
        var names = RecordTypes.All.Select(t => t.GroupName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches("^[a-z][A-Za-z]*$", name));
        Assert.All(names, name => Assert.Equal(RecordTypes.All[RecordTypes.IndexOfGroup(name)].GroupName, name));
    }

    [Fact]
    public void Every_reference_property_is_described_with_the_attribute_s_targets()
    {
        var expected = FromAttributes().OrderBy(p => p).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, FromRegistry().OrderBy(p => p));
    }

    [Fact]
    public void Every_property_holding_items_with_references_is_described_as_one()
    {
        foreach (var type in RecordTypes.All)
        {
            var itemProperties = type.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => ItemType(p.PropertyType) is { } item && item.GetProperties().Any(IsReference))
                .Select(p => p.Name);
            Assert.Equal(itemProperties.Order(), type.References.Where(r => r.HasItems).Select(r => r.Name).Order());
        }
    }

    [Fact]
    public void Each_type_s_references_belong_to_it_and_read_its_records()
    {
        foreach (var type in RecordTypes.All)
        {
            Assert.All(type.References, r => Assert.Equal(type.Type, r.Owner));
            Assert.All(type.References, r => Assert.NotNull(type.Type.GetProperty(r.Name)));
            Assert.All(type.References.Where(r => !r.HasItems), r => Assert.NotEmpty(r.Relation));
        }
    }

    [Fact]
    public void Every_reference_of_the_built_in_data_is_visited_at_the_site_that_holds_it()
    {
        foreach (var record in Partnership.Current.Records)
        {
            RecordTypes.ForEachReference(record, record, static (r, id, property, site) =>
            {
                var holder = site.SubProperty is null ? (object)r : ((Person)r).Roles[site.Index];
                var value = holder.GetType().GetProperty(property.Name)!.GetValue(holder);
                Assert.True(value is string text ? text == id : ((EquatableArray<string>)value!).Contains(id), $"{r.Id}: {property.Name} holds no '{id}'.");
            });
        }
    }

    private static IEnumerable<string> FromAttributes()
    {
        foreach (var type in typeof(PartnershipRecord).Assembly.GetTypes().Where(t => t.Namespace == typeof(PartnershipRecord).Namespace))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<RecordReferenceAttribute>() is { } reference)
                {
                    yield return $"{type.Name}.{property.Name} -> {string.Join(",", reference.Targets.Select(t => t.Name))}";
                }
            }
        }
    }

    private static IEnumerable<string> FromRegistry() =>
        RecordTypes.All.SelectMany(t => t.References).SelectMany(r => r.HasItems ? r.ItemProperties : [r])
            .Select(p => $"{p.Owner.Name}.{p.Name} -> {string.Join(",", p.Targets.Select(t => t.Name))}");

    private static bool IsReference(PropertyInfo property) => property.GetCustomAttribute<RecordReferenceAttribute>() is not null;

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) && type.GetGenericArguments()[0] is { IsPrimitive: false } item && item != typeof(string)
            ? item
            : null;
}
