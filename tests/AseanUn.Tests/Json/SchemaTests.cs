using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Json;
using AseanUn.Tests.TestData;
using AseanUn.Model;
using Json.Schema;

namespace AseanUn.Tests.Json;

/// <summary>The JSON Schema in schemas/ describes exactly what the library writes and reads.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "aseanun-dataset.schema.json"));

    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    public static TheoryData<string> Exports => ["sample", "built-in", "merged"];

    [Theory]
    [MemberData(nameof(Exports))]
    public void Exports_validate_against_the_schema(string name)
    {
        var dataset = name == "merged"
            ? DatasetJson.Merge(Partnership.Current, File.ReadAllText(MergeTests.TestDataPath("later-report.json")))
            : RoundTripTests.Load(name);
        var results = Evaluate(DatasetJson.Export(dataset));
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("\"kind\": \"workshop\"", "\"kind\": \"workshopp\"")]
    [InlineData("\"date\": \"2014-06-19/2014-06-21\"", "\"date\": \"19 June 2014\"")]
    [InlineData("\"id\": \"workshop-2014\"", "\"id\": \"Workshop 2014\"")]
    [InlineData("\"title\": \"Workshop on Children\"", "\"titel\": \"Workshop on Children\"")]
    [InlineData("\"version\": 2", "\"version\": 3")]
    public void The_schema_rejects_what_the_importer_rejects(string valid, string invalid)
    {
        var json = DatasetJson.Export(SampleDataset.Create());
        Assert.Contains(valid, json);
        Assert.False(Evaluate(json.Replace(valid, invalid, StringComparison.Ordinal)).IsValid);
        Assert.False(DatasetJson.TryImport(json.Replace(valid, invalid, StringComparison.Ordinal)).IsValid);
    }

    [Fact]
    public void Every_record_type_in_the_schema_has_the_serializer_s_properties_and_required_ones()
    {
        var defs = JsonNode.Parse(SchemaText)!["$defs"]!;
        var groups = defs["records"]!["properties"]!.AsObject();
        Assert.Equal(RecordTypes.All.Select(t => t.GroupName), groups.Select(g => g.Key));
        for (var g = 0; g < RecordTypes.Count; g++)
        {
            var definition = defs[groups[RecordTypes.All[g].GroupName]!["items"]!["$ref"]!.GetValue<string>()["#/$defs/".Length..]]!;
            var info = DatasetJsonOptions.InfoOf(RecordTypes.All[g].Type);
            Assert.Equal(info.Properties.Select(p => p.Name), definition["properties"]!.AsObject().Select(p => p.Key));
            Assert.Equal(
                info.Properties.Where(p => p.IsRequired).Select(p => p.Name).Order(),
                definition["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
        }
    }

    [Fact]
    public void Enumerations_in_the_schema_are_the_serializer_s_names()
    {
        var defs = JsonNode.Parse(SchemaText)!["$defs"]!;
        foreach (var (type, names) in DatasetJsonOptions.EnumNames)
        {
            var key = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
            Assert.Equal(names, defs[key]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        }
    }

    [Fact]
    public void Every_enumeration_the_format_uses_has_its_camel_case_names_registered()
    {
        var seen = new HashSet<Type>();
        foreach (var type in RecordTypes.All.Select(t => t.Type).Append(typeof(AseanUn.Model.Role)).Append(typeof(AseanUn.Model.Citation)).Append(typeof(AseanUn.Model.Claim)).Append(typeof(AseanUn.Model.StatusEntry)).Append(typeof(AseanUn.Model.Statement)))
        {
            foreach (var property in DatasetJsonOptions.InfoOf(type).Properties)
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (propertyType.IsEnum)
                {
                    Assert.True(DatasetJsonOptions.EnumNames.ContainsKey(propertyType), $"{type.Name}.{property.Name}: {propertyType.Name} has no registered names.");
                    seen.Add(propertyType);
                }
            }
        }

        Assert.Equal(DatasetJsonOptions.EnumNames.Keys.Select(t => t.Name).Order(), seen.Select(t => t.Name).Order());
    }

    [Fact]
    public void The_schema_date_pattern_accepts_every_form_PartialDate_writes()
    {
        var pattern = new System.Text.RegularExpressions.Regex(JsonNode.Parse(SchemaText)!["$defs"]!["date"]!["pattern"]!.GetValue<string>());
        List<AseanUn.Dates.PartialDate> dates =
        [
            AseanUn.Dates.PartialDate.Day(2011, 11, 19), AseanUn.Dates.PartialDate.Month(2011, 3), AseanUn.Dates.PartialDate.Year(1977),
            AseanUn.Dates.PartialDate.Decade(1970), AseanUn.Dates.PartialDate.DayRange(2014, 6, 19, 21), AseanUn.Dates.PartialDate.Years(2016, 2020),
            AseanUn.Dates.PartialDate.Since(AseanUn.Dates.PartialDate.Year(2012)), AseanUn.Dates.PartialDate.Until(AseanUn.Dates.PartialDate.Month(2015, 7)),
            AseanUn.Dates.PartialDate.Year(2016).Approximately(), AseanUn.Dates.PartialDate.Month(2016, 9).WithQualifier(AseanUn.Dates.DateQualifier.Uncertain | AseanUn.Dates.DateQualifier.Approximate),
        ];
        Assert.All(dates, d => Assert.Matches(pattern, d.ToString()));
        Assert.All(AseanUn.Tests.Dates.EdtfConformanceTests.Accepted, row => Assert.Matches(pattern, AseanUn.Dates.PartialDate.Parse((string)row[0]).ToString()));
        Assert.DoesNotMatch(pattern, "2015-13");
        Assert.DoesNotMatch(pattern, "../..");
        Assert.DoesNotMatch(pattern, "2015\n");
    }
}
