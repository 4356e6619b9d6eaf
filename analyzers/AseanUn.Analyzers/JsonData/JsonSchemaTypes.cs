namespace AseanUn.Analyzers.JsonData;

/// <summary>What a JSON property of the data format holds.</summary>
internal enum JsonValueType
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A whole number that fits 32 bits.</summary>
    Integer,

    /// <summary>Any number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A date string (EDTF); its calendar is checked when the data is loaded.</summary>
    Date,

    /// <summary>A string that names a member of an enumeration (<see cref="JsonType.Name"/>).</summary>
    Enum,

    /// <summary>An array of <see cref="JsonType.Element"/>.</summary>
    Array,

    /// <summary>An object of the shape <see cref="JsonType.Name"/>.</summary>
    Object,

    /// <summary>The <c>records</c> object: one array per record group.</summary>
    Records,

    /// <summary>Any JSON value (a correction's new value, checked against its property when the data is loaded).</summary>
    Any,
}

/// <summary>The type of a property's value: a kind, and the enumeration, shape or element it names.</summary>
internal sealed class JsonType
{
    public static readonly JsonType String = new(JsonValueType.String, null, null);
    public static readonly JsonType Integer = new(JsonValueType.Integer, null, null);
    public static readonly JsonType Number = new(JsonValueType.Number, null, null);
    public static readonly JsonType Boolean = new(JsonValueType.Boolean, null, null);
    public static readonly JsonType Date = new(JsonValueType.Date, null, null);
    public static readonly JsonType Records = new(JsonValueType.Records, null, null);
    public static readonly JsonType Any = new(JsonValueType.Any, null, null);

    private JsonType(JsonValueType kind, string? name, JsonType? element)
    {
        Kind = kind;
        Name = name;
        Element = element;
    }

    public JsonValueType Kind { get; }

    /// <summary>Gets the name of the enumeration or shape.</summary>
    public string? Name { get; }

    /// <summary>Gets the type of an array's items.</summary>
    public JsonType? Element { get; }

    public static JsonType EnumOf(string name) => new(JsonValueType.Enum, name, null);

    public static JsonType ObjectOf(string shape) => new(JsonValueType.Object, shape, null);

    public static JsonType ArrayOf(JsonType element) => new(JsonValueType.Array, null, element);

    /// <summary>Gets how a message names what is expected: "a string", "an array" …</summary>
    public string Expected => Kind switch
    {
        JsonValueType.String or JsonValueType.Enum => "a string",
        JsonValueType.Integer => "a whole number",
        JsonValueType.Number => "a number",
        JsonValueType.Boolean => "true or false",
        JsonValueType.Date => "a date string (EDTF)",
        JsonValueType.Array => "an array",
        _ => "an object",
    };
}

/// <summary>One property of an object of the format.</summary>
internal sealed class JsonField
{
    public JsonField(string name, JsonType type, bool required = false, bool nullable = false, string[]? targets = null)
    {
        Name = name;
        Type = type;
        Required = required;
        Nullable = nullable;
        Targets = targets ?? System.Array.Empty<string>();
    }

    public string Name { get; }

    public JsonType Type { get; }

    /// <summary>Gets whether the property must be given.</summary>
    public bool Required { get; }

    /// <summary>Gets whether <c>null</c> is read as "not given".</summary>
    public bool Nullable { get; }

    /// <summary>
    /// Gets the record types the property's ids (a string, or each string of an array) must name; empty when it names
    /// none; <see cref="JsonVocabulary.AnyRecord"/> alone for a record of any type.
    /// </summary>
    public string[] Targets { get; }
}

/// <summary>An object of the format: its name (the model type's), how messages word it, and its properties.</summary>
internal sealed class JsonShape
{
    public JsonShape(string name, string words, JsonField[] fields)
    {
        Name = name;
        Words = words;
        Fields = fields;
    }

    public string Name { get; }

    /// <summary>Gets how messages name the object: "source document", "status update".</summary>
    public string Words { get; }

    public JsonField[] Fields { get; }
}

/// <summary>An enumeration of the format: its name, how messages word it, and the names a value may take.</summary>
internal sealed class JsonEnum
{
    public JsonEnum(string name, string words, string[] names)
    {
        Name = name;
        Words = words;
        Names = names;
    }

    public string Name { get; }

    public string Words { get; }

    public string[] Names { get; }
}

/// <summary>A group of <c>records</c>: its JSON name and the record type (and shape) of its items.</summary>
internal sealed class JsonRecordGroup
{
    public JsonRecordGroup(string name, string type, string words, string? codeWords)
    {
        Name = name;
        Type = type;
        Words = words;
        CodeWords = codeWords;
    }

    public string Name { get; }

    public string Type { get; }

    /// <summary>Gets how messages name the record type: "source document", "member state".</summary>
    public string Words { get; }

    /// <summary>Gets how messages name the ids of a record type whose ids are codes ("action-line"), else <see langword="null"/>.</summary>
    public string? CodeWords { get; }
}

/// <summary>The ids of the records of one type in the built-in dataset with its shipped layers.</summary>
internal sealed class JsonKnownIds
{
    public JsonKnownIds(string type, string[] ids)
    {
        Type = type;
        Ids = ids;
    }

    public string Type { get; }

    public string[] Ids { get; }
}
