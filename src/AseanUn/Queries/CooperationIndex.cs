using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>The cooperation links of a dataset, by organisation and by code.</summary>
internal sealed class CooperationIndex
{
    public CooperationIndex(PartnershipRecord[] records, Func<string, int> ordinalOf, IReadOnlyDictionary<string, string> areaOfLine, IReadOnlyDictionary<string, string> pillarOfArea)
    {
        var pairs = new Dictionary<(int Un, int Asean), (SortedSet<string> Lines, List<int> Evidence)>();
        for (var ordinal = 0; ordinal < records.Length; ordinal++)
        {
            var record = records[ordinal];
            var sides = Sides(record.TakingPartIds);
            foreach (var un in sides.Un)
            {
                foreach (var asean in sides.Asean)
                {
                    if (!pairs.TryGetValue((un, asean), out var pair))
                    {
                        pairs.Add((un, asean), pair = (new SortedSet<string>(StringComparer.Ordinal), []));
                    }

                    pair.Lines.UnionWith(record.ActionLineTags);
                    pair.Evidence.Add(ordinal);
                }
            }
        }

        var keys = new List<(int Un, int Asean)>(pairs.Keys);
        keys.Sort();
        var links = new CooperationLink[keys.Count];
        var byOrganisation = new PostingBuilder();
        for (var i = 0; i < links.Length; i++)
        {
            var (lines, evidence) = pairs[keys[i]];
            var un = (Organisation)records[keys[i].Un];
            var asean = (Organisation)records[keys[i].Asean];
            links[i] = new CooperationLink(un, asean, EquatableArray.From(lines), EquatableArray.TakeOwnership(evidence.ConvertAll(o => records[o]).ToArray()));
            byOrganisation.Add(un.Id, i);
            byOrganisation.Add(asean.Id, i);
        }

        All = EquatableArray.TakeOwnership(links);
        ByOrganisation = byOrganisation.Freeze<CooperationLink, CooperationLink>(links);
        ByCode = new CodeIndex<CooperationLink>(links, static link => link.ActionLineCodes, areaOfLine, pillarOfArea);

        (List<int> Un, List<int> Asean) Sides(EquatableArray<string> ids)
        {
            var result = (Un: new List<int>(), Asean: new List<int>());
            foreach (var id in ids)
            {
                var ordinal = ordinalOf(id);
                if (ordinal >= 0 && records[ordinal] is Organisation organisation)
                {
                    var side = organisation.Side switch
                    {
                        Side.UnitedNations => result.Un,
                        Side.Asean => result.Asean,
                        _ => null,
                    };
                    if (side is not null && !side.Contains(ordinal))
                    {
                        side.Add(ordinal);
                    }
                }
            }

            return result;
        }
    }

    /// <summary>Gets every link, ordered by the UN entity's and then the ASEAN body's place in the dataset.</summary>
    public EquatableArray<CooperationLink> All { get; }

    /// <summary>Gets the links of each organisation (by id), either side.</summary>
    public FrozenDictionary<string, Posting<CooperationLink>> ByOrganisation { get; }

    /// <summary>Gets the links by the codes of their action lines.</summary>
    public CodeIndex<CooperationLink> ByCode { get; }
}
