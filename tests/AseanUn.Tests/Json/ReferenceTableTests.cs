using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AseanUn.Authoring;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Tests.Json;

/// <summary>The precomputed reference table (what validation and indexing use at run time) equals the model's [RecordReference] attributes.</summary>
public sealed class ReferenceTableTests
{
    private static IEnumerable<(Type Owner, string Name, string Targets)> FromAttributes()
    {
        foreach (var type in typeof(PartnershipRecord).Assembly.GetTypes().Where(t => t.Namespace == "AseanUn.Model"))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<RecordReferenceAttribute>() is { } reference)
                {
                    yield return (type, property.Name, string.Join(",", reference.Targets.Select(t => t.Name)));
                }
            }
        }
    }

    private static IEnumerable<(Type Owner, string Name, string Targets)> FromTable() =>
        RecordReferences.ByGroup.SelectMany(g => g).Concat(RecordReferences.RoleProperties)
            .Select(p => (p.Owner, p.Name, string.Join(",", p.Targets.Select(t => t.Name))));

    [Fact]
    public void The_table_lists_exactly_the_attributed_properties_with_their_targets()
    {
        var expected = FromAttributes().OrderBy(p => p.Owner.Name).ThenBy(p => p.Name).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, FromTable().OrderBy(p => p.Owner.Name).ThenBy(p => p.Name));
    }

    [Fact]
    public void Each_group_s_table_belongs_to_the_group_s_record_type()
    {
        for (var g = 0; g < RecordGroups.Count; g++)
        {
            Assert.All(RecordReferences.ByGroup[g], p => Assert.Equal(RecordGroups.Types[g], p.Owner));
        }
    }
}
