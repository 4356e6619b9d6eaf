using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>
/// The links <c>show</c> lists both ways: the dataset's references, and the link a place has to the member state it
/// lies in by its country code, which no id spells out. A place refers to its member state (<c>country</c>); a member
/// state is referred to by its places and by the events held at them (<c>country of place</c>), so <c>show LA</c>
/// reaches Vientiane and the 8th Summit held there, and <c>show vientiane</c> reaches Lao PDR.
/// </summary>
internal static class RecordLinks
{
    /// <summary>The relation of a member state to a place in it.</summary>
    public const string Country = "country";

    /// <summary>The relation of a member state to an event held at a place in it.</summary>
    public const string CountryOfPlace = "country of place";

    /// <summary>Returns the records <paramref name="record"/> refers to, in the library's order, then its member state.</summary>
    public static List<RecordLink> From(PartnershipDataset dataset, PartnershipRecord record)
    {
        var links = dataset.ReferencesOf(record).Select(r => RelationLabels.LinkOf(r, r.TargetId, r.Target)).ToList();
        if (record is Place place && MemberStateOf(dataset, place) is { } state)
        {
            links.Add(new RecordLink(state.Id, state, Country));
        }

        return links;
    }

    /// <summary>Returns the records that refer to <paramref name="record"/>, then a member state's places and the events held at them.</summary>
    public static List<RecordLink> To(PartnershipDataset dataset, PartnershipRecord record)
    {
        var links = dataset.ReferencesTo(record.Id).Select(r => RelationLabels.LinkOf(r, r.Source.Id, r.Source)).ToList();
        if (record is MemberState state)
        {
            var places = dataset.Places.Where(p => p.CountryCode == state.IsoAlpha2).ToList();
            links.AddRange(places.Select(p => new RecordLink(p.Id, p, Country)));
            var placeIds = places.Select(p => p.Id).ToHashSet();
            links.AddRange(dataset.Events.Where(e => e.PlaceId is { } id && placeIds.Contains(id)).Select(e => new RecordLink(e.Id, e, CountryOfPlace)));
        }

        return links;
    }

    private static MemberState? MemberStateOf(PartnershipDataset dataset, Place place) =>
        dataset.MemberStates.FirstOrDefault(m => m.IsoAlpha2 == place.CountryCode);
}
