namespace AseanUn.Model;

/// <summary>Names a statement's property as the JSON format does, whichever name (C# or JSON) an author gave.</summary>
internal static class StatementProperty
{
    /// <summary>The property of an instrument's status statements.</summary>
    public const string Status = "status";

    /// <summary>Returns the camel-case JSON name of <paramref name="property"/> (<c>PlaceId</c> and <c>placeId</c> both give <c>placeId</c>).</summary>
    public static string JsonName(string property) =>
        property.Length == 0 || char.IsLower(property[0]) ? property : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property);

    /// <summary>Returns the C# name of a property named in JSON (<c>placeId</c> gives <c>PlaceId</c>), as format version 1's views name it.</summary>
    public static string CSharpName(string property) =>
        property.Length == 0 || char.IsUpper(property[0]) ? property : char.ToUpperInvariant(property[0]) + property[1..];

    /// <summary>Returns whether <paramref name="statement"/> is about <paramref name="property"/>, named either way.</summary>
    public static bool Is(Statement statement, string property) =>
        string.Equals(statement.Property, property, System.StringComparison.Ordinal)
        || string.Equals(statement.Property, JsonName(property), System.StringComparison.Ordinal);
}
