using System;
using System.Text.Json;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Utility;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>Checks a statement's property and value against the record type's JSON form: the value parses as the property's type.</summary>
internal sealed class StatementValues : IStatementValues
{
    /// <summary>The properties statements are not about: what a record is and its provenance.</summary>
    private static readonly string[] NotValues = ["id", "sources", "statements", "inferences", "claims", "history"];

    /// <summary>Gets the one instance.</summary>
    public static StatementValues Instance { get; } = new();

    /// <summary>Returns why <paramref name="property"/> (a camel-case JSON name) is not a value of a <paramref name="recordType"/> statements can be about, or <see langword="null"/>.</summary>
    public static string? PropertyProblem(Type recordType, string property) =>
        DatasetJsonOptions.PropertyNamed(DatasetJsonOptions.InfoOf(recordType), property) is null || Array.IndexOf(NotValues, property) >= 0
            ? $"{Quoted.Of(property)} is not a value of {Wording.WithArticle(recordType.Name)}; a statement names one in JSON's camelCase."
            : null;

    /// <inheritdoc/>
    public string? Problem(Type recordType, Statement statement)
    {
        if (PropertyProblem(recordType, statement.Property) is { } problem)
        {
            return problem;
        }

        var property = DatasetJsonOptions.PropertyNamed(DatasetJsonOptions.InfoOf(recordType), statement.Property)!;

        if (statement.Value is not { } value)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var json = type == typeof(string) || type.IsEnum || type == typeof(PartialDate) ? JsonSerializer.Serialize(value, DatasetJsonContext.Default.String) : value;
        try
        {
            return JsonSerializer.Deserialize(json, DatasetJsonOptions.InfoOf(property.PropertyType)) is null && !property.PropertyType.IsValueType
                ? $"The value of {Quoted.Of(statement.Property)} is null; a statement without a value leaves Value out."
                : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return $"{Quoted.Of(value)} is not a value of {Quoted.Of(statement.Property)} ({Wording.WithArticle(type.Name)}).";
        }
    }
}
