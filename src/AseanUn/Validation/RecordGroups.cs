using System;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>
/// The record types of a dataset in their canonical order, with the name of each group in the JSON interchange
/// format. A dataset keeps its records grouped in this order, and the JSON document lists its groups in it too.
/// </summary>
internal static class RecordGroups
{
    /// <summary>The number of record types.</summary>
    public const int Count = 13;

    /// <summary>The JSON name of each group, by group index.</summary>
    public static readonly string[] JsonNames =
    [
        "sourceDocuments", "pillars", "areas", "actionLines", "memberStates", "groupings", "places",
        "organisations", "people", "instruments", "events", "activities", "figures",
    ];

    /// <summary>The record type of each group, by group index.</summary>
    public static readonly Type[] Types =
    [
        typeof(SourceDocument), typeof(Pillar), typeof(Area), typeof(ActionLine), typeof(MemberState), typeof(StateGrouping), typeof(Place),
        typeof(Organisation), typeof(Person), typeof(Instrument), typeof(Event), typeof(Activity), typeof(Figure),
    ];

    /// <summary>Returns the group index of <paramref name="record"/>'s type, or -1 for a type the dataset does not know.</summary>
    public static int IndexOf(PartnershipRecord record) => record switch
    {
        SourceDocument => 0,
        Pillar => 1,
        Area => 2,
        ActionLine => 3,
        MemberState => 4,
        StateGrouping => 5,
        Place => 6,
        Organisation => 7,
        Person => 8,
        Instrument => 9,
        Event => 10,
        Activity => 11,
        Figure => 12,
        _ => -1,
    };

    /// <summary>Returns the group index of <paramref name="type"/>, or -1.</summary>
    public static int IndexOf(Type type) => Array.IndexOf(Types, type);

    /// <summary>Returns the JSON path of the record at <paramref name="index"/> within group <paramref name="group"/>.</summary>
    public static string PathOf(int group, int index) => $"$.records.{JsonNames[group]}[{index}]";

    /// <summary>Returns the name a message uses for a record type, e.g. <c>Organisation</c> or <c>StateGrouping</c>.</summary>
    public static string DisplayName(Type type) => type.Name;

    /// <summary>Returns <paramref name="text"/> with its indefinite article, e.g. <c>an Event</c>, <c>a Place</c>.</summary>
    public static string WithArticle(string text) => ("AEIOU".Contains(text[0], StringComparison.Ordinal) ? "an " : "a ") + text;
}
