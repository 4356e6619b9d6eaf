using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Rules;
using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>
/// Checks that positioned JSON has the shape the format's types need — known properties, required ones present,
/// values of the right JSON type, valid dates and enumeration names — before anything is deserialized. It is driven by
/// the same source-generated metadata the serializer uses, so the checks and the serializer cannot disagree.
/// </summary>
internal sealed class JsonShapeChecker
{
    /// <summary>Handles a property of an object in place of the generic check; returns whether it did.</summary>
    public delegate bool PropertyHandler(PositionedProperty property, JsonPath path);

    private readonly LineMap _lines;

    /// <summary>Creates a checker of the document <paramref name="lines"/> maps, which places its problems.</summary>
    public JsonShapeChecker(LineMap lines) => _lines = lines;

    /// <summary>Gets the map of the document checked, which places every problem found in it.</summary>
    public LineMap Lines => _lines;

    /// <summary>
    /// Gets every problem found so far, the first <see cref="DatasetJsonOptions.MaxListedProblems"/> listed: the shape
    /// checks', and those of any check reporting here, such as the validator.
    /// </summary>
    public ProblemList List { get; } = new(DatasetJsonOptions.MaxListedProblems);

    /// <summary>Gets the problems found so far, in the order found, up to <see cref="DatasetJsonOptions.MaxListedProblems"/>.</summary>
    public List<DatasetProblem> Problems => List.Listed;

    /// <summary>Gets how many problems were found past <see cref="DatasetJsonOptions.MaxListedProblems"/> and only counted.</summary>
    public int Omitted => List.Omitted;

    /// <summary>Gets how many problems were found, listed or not.</summary>
    public int Found => List.Found;

    /// <summary>Checks that <paramref name="node"/> is an object of the type <paramref name="info"/> describes.</summary>
    public void CheckObject(PositionedNode node, JsonTypeInfo info, JsonPath path, PropertyHandler? handle = null)
    {
        if (CheckProperties(node, info, null, path, handle) is not { } seen)
        {
            return;
        }

        foreach (var metadata in info.Properties)
        {
            if (metadata.IsRequired && !seen.Contains(metadata.Name))
            {
                if (!CountedOnly())
                {
                    Add(DatasetProblemKind.MissingProperty, path, node.Start, $"The required property '{metadata.Name}' is missing.");
                }
            }
        }
    }

    /// <summary>
    /// Checks that <paramref name="node"/> is an object whose properties are among <paramref name="names"/>, each given
    /// once, none of them required; <paramref name="handle"/> checks the value of each known one.
    /// </summary>
    public void CheckObject(PositionedNode node, IReadOnlyList<string> names, JsonPath path, PropertyHandler handle) =>
        CheckProperties(node, null, names, path, handle);

    // Reports a node that is no object, repeated properties and unknown ones (known: described by info, or one of
    // names); hands each known property to handle, or else checks its value. Returns the names seen, or null for no object.
    private HashSet<string>? CheckProperties(PositionedNode node, JsonTypeInfo? info, IReadOnlyList<string>? names, JsonPath path, PropertyHandler? handle)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            WrongType(node, path, "an object");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            var propertyPath = path.Property(property.Name);
            if (!seen.Add(property.Name))
            {
                if (!CountedOnly())
                {
                    Add(DatasetProblemKind.DuplicateProperty, propertyPath, property.NameStart, $"The property {Quoted.Of(property.Name)} is given more than once.");
                }
                continue;
            }

            var metadata = info is null ? null : Find(info, property.Name);
            if (info is null ? !names!.Contains(property.Name) : metadata is null)
            {
                if (!CountedOnly())
                {
                    var known = info is null ? names! : info.Properties.Select(static p => p.Name);
                    Add(DatasetProblemKind.UnknownProperty, propertyPath, property.NameStart, UnknownPropertyMessage(known, property.Name));
                }
            }
            else if (handle is null || !handle(property, propertyPath))
            {
                CheckValue(property.Value, metadata!.PropertyType, allowNull: AcceptsNull(metadata), propertyPath);
            }
        }

        return seen;
    }

    /// <summary>
    /// Returns whether <paramref name="property"/> reads null: when it is optional and its type has a null (a reference,
    /// a nullable value, a list read as empty); an optional enumeration with a default, such as a statement's rank, does not.
    /// </summary>
    public static bool AcceptsNull(System.Text.Json.Serialization.Metadata.JsonPropertyInfo property) =>
        !property.IsRequired
        && (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null
            || (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>)));

    /// <summary>Checks that <paramref name="node"/> is a valid value of <paramref name="type"/>.</summary>
    public void CheckValue(PositionedNode node, Type type, bool allowNull, JsonPath path)
    {
        if (node.Kind == JsonValueKind.Null)
        {
            if (!allowNull)
            {
                WrongType(node, path, Expected(type));
            }

            return;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonElement))
        {
            // Any JSON value (a correction's new value); what it must be is checked against the property it corrects.
        }
        else if (type == typeof(string))
        {
            Expect(node, path, JsonValueKind.String, "a string");
        }
        else if (type == typeof(bool))
        {
            if (node.Kind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongType(node, path, "true or false");
            }
        }
        else if (type == typeof(int))
        {
            CheckNumber(node, path, node.IsInt32, "a whole number");
        }
        else if (type == typeof(decimal))
        {
            CheckNumber(node, path, node.IsDecimal, "a number");
        }
        else if (type == typeof(bool))
        {
            if (node.Kind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongType(node, path, "true or false");
            }
        }
        else if (type == typeof(PartialDate))
        {
            CheckDate(node, path);
        }
        else if (type == typeof(bool))
        {
            if (node.Kind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongType(node, path, "true or false");
            }
        }
        else if (type.IsEnum)
        {
            CheckEnum(node, type, path);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            if (Expect(node, path, JsonValueKind.Array, "an array"))
            {
                var element = type.GetGenericArguments()[0];
                for (var i = 0; i < node.Items.Count; i++)
                {
                    CheckValue(node.Items[i], element, allowNull: false, path.Item(i));
                }
            }
        }
        else
        {
            CheckObject(node, DatasetJsonOptions.InfoOf(type), path);
        }
    }

    /// <summary>Adds a problem.</summary>
    public void Report(DatasetProblemKind kind, JsonPath path, int offset, string message)
    {
        if (!CountedOnly())
        {
            Add(kind, path, offset, message);
        }
    }

    // Past the cap a problem is only counted, before its message and path are made: a document with millions of
    // problems allocates nothing per problem it does not list.
    private bool CountedOnly() => List.CountedOnly();

    private void Add(DatasetProblemKind kind, JsonPath path, int offset, string message) =>
        Problems.Add(_lines.ProblemAt(offset, kind, path.ToString(), message));

    private void CheckDate(PositionedNode node, JsonPath path)
    {
        if (!Expect(node, path, JsonValueKind.String, "a date string (EDTF)"))
        {
            return;
        }

        var text = node.Text!;
        if (!PartialDate.TryParse(text, out _, out var error))
        {
            if (!CountedOnly())
            {
                Add(IsEndBeforeStart(text) ? DatasetProblemKind.EndBeforeStart : DatasetProblemKind.InvalidDate, path, node.Start, error!);
            }
        }
    }

    // An interval whose two ends are each valid on their own, yet not together, has its end before its start.
    private static bool IsEndBeforeStart(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && Array.TrueForAll(parts, part => part == ".." || PartialDate.TryParse(part, out _));
    }

    private void CheckEnum(PositionedNode node, Type type, JsonPath path)
    {
        var names = DatasetJsonOptions.EnumNames[type];
        if (Expect(node, path, JsonValueKind.String, "a string") && Array.IndexOf(names, node.Text) < 0)
        {
            if (!CountedOnly())
            {
                Add(DatasetProblemKind.InvalidValue, path, node.Start,
                    $"{Quoted.Of(node.Text)} is not one of the {TypeWords.Of(type)} names: {string.Join(", ", names)}{NearestNames.Ending(NearestNames.For(node.Text, names))}");
            }
        }
    }

    private bool Expect(PositionedNode node, JsonPath path, JsonValueKind kind, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        WrongType(node, path, expected);
        return false;
    }

    private void CheckNumber(PositionedNode node, JsonPath path, bool fits, string expected)
    {
        if (Expect(node, path, JsonValueKind.Number, expected) && !fits)
        {
            if (!CountedOnly())
            {
                Add(DatasetProblemKind.WrongType, path, node.Start, $"Expected {expected}, but found a number with a fraction or out of range.");
            }
        }
    }

    private void WrongType(PositionedNode node, JsonPath path, string expected)
    {
        if (!CountedOnly())
        {
            Add(DatasetProblemKind.WrongType, path, node.Start, $"Expected {expected}, but found {node.Describe()}.");
        }
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsEnum ? "a string"
            : type == typeof(int) ? "a whole number"
            : type == typeof(decimal) ? "a number"
            : type == typeof(bool) ? "true or false"
            : type == typeof(PartialDate) ? "a date string (EDTF)"
            : type == typeof(bool) ? "true or false"
            : type.IsGenericType ? "an array"
            : "an object";
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    // Names in messages are cut to a readable length, and only a name near the known ones in length is compared with
    // them (NearestNames): an unknown name of any length costs a bounded message and no comparison work.
    internal static string UnknownPropertyMessage(IEnumerable<string> names, string name) =>
        $"Unknown property {Quoted.Of(name)}{NearestNames.Ending(NearestNames.For(name, names))}";
}
