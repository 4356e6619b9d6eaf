using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Every constant record id and reference of one compilation, gathered concurrently and judged once the whole
/// compilation has been seen (AUN0101, AUN0102).
/// </summary>
internal sealed class RecordCatalog
{
    private readonly ConcurrentBag<RecordSite> _ids = [];
    private readonly ConcurrentBag<RecordSite> _references = [];

    public void AddId(RecordSite site) => _ids.Add(site);

    public void AddReference(RecordSite site) => _references.Add(site);

    public void Report(Action<Diagnostic> report)
    {
        var byId = new Dictionary<string, List<RecordSite>>(StringComparer.Ordinal);
        var ids = _ids.ToList();
        ids.Sort(RecordSite.CompareBySourceOrder);
        foreach (var site in ids)
        {
            if (!byId.TryGetValue(site.Value, out var sites))
            {
                byId.Add(site.Value, sites = []);
            }
            else
            {
                var first = sites[0];
                report(Diagnostic.Create(
                    Descriptors.DuplicateRecordId, site.Location, [first.Location], ReadableText.Of(site.Value), first.DescribeLocation()));
            }

            sites.Add(site);
        }

        var references = _references.ToList();
        references.Sort(RecordSite.CompareBySourceOrder);
        foreach (var reference in references)
        {
            var problem = byId.TryGetValue(reference.Value, out var named)
                ? WrongKind(reference, named)
                : "no record of the dataset has this id";
            if (problem is not null)
            {
                report(Diagnostic.Create(Descriptors.UnresolvedReference, reference.Location, ReadableText.Of(reference.Value), problem));
            }
        }
    }

    // Only a record whose type is known to be outside the allowed ones makes a reference wrong.
    private static string? WrongKind(RecordSite reference, List<RecordSite> named)
    {
        if (reference.Targets.IsDefaultOrEmpty)
        {
            return null;
        }

        var types = named.Select(n => n.RecordType).ToList();
        if (types.Any(t => t is null || IsOneOf(t, reference.Targets)))
        {
            return null;
        }

        var names = reference.Targets.Select(ShortName).ToList();
        var expected = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
        return "it is the id of " + ShortName(types[0]!.ToDisplayString()) + ", not of " + expected;
    }

    private static bool IsOneOf(ITypeSymbol type, System.Collections.Immutable.ImmutableArray<string> targets)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (targets.Contains(current.ToDisplayString()))
            {
                return true;
            }
        }

        return false;
    }

    private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);
}
