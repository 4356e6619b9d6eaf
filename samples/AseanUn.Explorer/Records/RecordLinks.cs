using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>The references between records, with what each one means, for <c>show</c>.</summary>
/// <remarks>
/// The library answers "which records involve X" for organisations, member states and people, but does not name the
/// relation, and has no public answer for references to instruments, events, places and codes; so the explorer reads
/// every reference property itself.
/// </remarks>
internal static class RecordLinks
{
    /// <summary>Returns the references <paramref name="record"/> makes, in the order of its properties.</summary>
    public static List<RecordLink> From(PartnershipRecord record)
    {
        var links = new List<RecordLink>();
        switch (record)
        {
            case Area a:
                Add(links, "pillar", a.PillarCode);
                break;
            case ActionLine l:
                Add(links, "area", l.AreaCode);
                Add(links, "superseded by", l.SupersededBy);
                break;
            case StateGrouping g:
                AddAll(links, "member", g.MemberIds);
                break;
            case Organisation o:
                Add(links, "part of", o.ParentId);
                break;
            case Person p:
                foreach (var role in p.Roles)
                {
                    Add(links, role.Title, role.OrganisationId);
                    Add(links, role.Title, role.MemberStateId);
                }

                break;
            case Instrument i:
                AddAll(links, "party", i.PartyIds);
                Add(links, "implements", i.ImplementsId);
                AddAll(links, "action line", i.ActionLineCodes);
                break;
            case Event e:
                Add(links, "place", e.PlaceId);
                Add(links, "host", e.HostStateId);
                Add(links, "held alongside", e.SidelinesOfId);
                AddAll(links, "participant", e.ParticipantIds);
                AddAll(links, "outcome", e.OutcomeIds);
                AddAll(links, "action line", e.ActionLineCodes);
                break;
            case Activity a:
                AddAll(links, "supporter", a.SupporterIds);
                AddAll(links, "partner", a.PartnerIds);
                AddAll(links, "instrument", a.InstrumentIds);
                AddAll(links, "action line", a.ActionLineCodes);
                break;
            case Figure f:
                AddAll(links, "subject", f.SubjectIds);
                AddAll(links, "action line", f.ActionLineCodes);
                break;
        }

        return links;
    }

    /// <summary>Returns the records that refer to <paramref name="id"/>, each with its relation, in dataset order.</summary>
    public static List<(string Relation, PartnershipRecord Source)> To(PartnershipDataset dataset, string id)
    {
        var sources = new List<(string, PartnershipRecord)>();
        foreach (var record in dataset.Records)
        {
            foreach (var link in From(record))
            {
                if (link.TargetId == id)
                {
                    sources.Add((link.Relation, record));
                }
            }
        }

        return sources;
    }

    private static void Add(List<RecordLink> links, string relation, string? id)
    {
        if (id is not null)
        {
            links.Add(new RecordLink(relation, id));
        }
    }

    private static void AddAll(List<RecordLink> links, string relation, EquatableArray<string> ids)
    {
        foreach (var id in ids)
        {
            links.Add(new RecordLink(relation, id));
        }
    }
}
