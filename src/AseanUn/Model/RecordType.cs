using System;

namespace AseanUn.Model;

/// <summary>
/// What the library knows about one record type: its group in a dataset and in the JSON format, the shape of its ids,
/// and the properties through which its records name other records. Every record type has exactly one, in
/// <see cref="RecordTypes.All"/>, generated from the type's declaration (its <c>[RecordGroup]</c>, properties and
/// <c>[RecordReference]</c> attributes).
/// </summary>
internal abstract class RecordType
{
    private protected RecordType(Type type, string groupName, RecordIdRule idRule, string summary, RecordField[] fields, ReferenceProperty[] references)
    {
        Type = type;
        GroupName = groupName;
        IdRule = idRule;
        Summary = summary;
        Fields = fields;
        References = references;
    }

    /// <summary>Gets the record type.</summary>
    public Type Type { get; }

    /// <summary>Gets the name of the type, as messages and the exports give it, e.g. <c>StateGrouping</c>.</summary>
    public string Name => Type.Name;

    /// <summary>Gets the JSON name of the type's group in a document's <c>records</c> object, e.g. <c>groupings</c>.</summary>
    public string GroupName { get; }

    /// <summary>Gets the shape the type's ids must have.</summary>
    public RecordIdRule IdRule { get; }

    /// <summary>Gets the word for the type's codes in messages (<c>pillar</c>, <c>area</c>, <c>action-line</c>), or <see langword="null"/> for a type whose ids are not codes.</summary>
    public string? CodeName => IdRule switch
    {
        RecordIdRule.PillarCode => "pillar",
        RecordIdRule.AreaCode => "area",
        RecordIdRule.ActionLineCode => "action-line",
        _ => null,
    };

    /// <summary>Gets the type's documentation summary, as plain text.</summary>
    public string Summary { get; }

    /// <summary>Gets the fields the type declares (not those of <see cref="PartnershipRecord"/>), in declaration order.</summary>
    public RecordField[] Fields { get; }

    /// <summary>Gets the properties through which the type's records name other records, in declaration order.</summary>
    public ReferenceProperty[] References { get; }

    /// <summary>Gets the type's position in dataset order.</summary>
    public int Index => RecordTypes.IndexOf(Type);
}

/// <summary>The description of record type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordType<T> : RecordType
    where T : PartnershipRecord
{
    /// <summary>Describes <typeparamref name="T"/>.</summary>
    public RecordType(string groupName, RecordIdRule idRule, string summary, RecordField[] fields, params ReferenceProperty[] references)
        : base(typeof(T), groupName, idRule, summary, fields, references)
    {
    }
}
