using System;
using System.Linq;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Model;

namespace AseanUn.Explorer.Records;

/// <summary>Finds the one record a person means by an id, a code, an acronym, a name or a short title.</summary>
internal static class RecordResolver
{
    private const int Suggestions = 3;

    /// <summary>Returns the record a command's argument names (see <see cref="Resolve"/>), after trimming it.</summary>
    /// <param name="dataset">The dataset to look in.</param>
    /// <param name="argument">The argument as given.</param>
    /// <param name="whenMissing">The usage message for an empty or blank argument.</param>
    /// <exception cref="ExplorerException">The argument is blank (a usage error), or nothing has that name.</exception>
    public static PartnershipRecord ResolveArgument(PartnershipDataset dataset, string? argument, string whenMissing) =>
        string.IsNullOrWhiteSpace(argument) ? throw ExplorerException.Usage(whenMissing) : Resolve(dataset, argument.Trim());

    /// <summary>
    /// Returns the record that <paramref name="text"/> names: by id, then by code in any case (<c>sc.1.2</c>), then as
    /// an organisation (name, acronym or alias), member state (name or ISO code), person, instrument short name or
    /// symbol, place name (<c>New York</c>), and last by a title or name written out in full.
    /// </summary>
    /// <exception cref="ExplorerException">Nothing has that name; the message suggests the nearest search matches.</exception>
    public static PartnershipRecord Resolve(PartnershipDataset dataset, string text)
    {
        if (dataset.TryGetRecord(text, out var record)
            || dataset.TryGetRecord(text.ToUpperInvariant(), out record)
            || dataset.TryGetRecord(text.ToLowerInvariant(), out record))
        {
            return record;
        }

        if (dataset.TryFindOrganisation(text, out var organisation))
        {
            return organisation;
        }

        if (dataset.TryFindMemberState(text, out var memberState))
        {
            return memberState;
        }

        if (dataset.TryFindPerson(text, out var person))
        {
            return person;
        }

        PartnershipRecord? named = dataset.Instruments.FirstOrDefault(i => Same(i.ShortName, text) || Same(i.Symbol, text));
        named ??= dataset.Places.FirstOrDefault(p => Same(p.Name, text));
        named ??= dataset.Search(text).FirstOrDefault(r => Same(r.Label, text));
        return named ?? throw ExplorerException.NotFound(NotFoundMessage(dataset, text));
    }

    private static bool HoldsShippedLayers(PartnershipDataset dataset) =>
        Partnership.LayerNames.All(name => dataset.Layers.Any(layer => layer.Name == name));

    private static bool Same(string? name, string text) => string.Equals(name, text, StringComparison.OrdinalIgnoreCase);

    private static string NotFoundMessage(PartnershipDataset dataset, string text)
    {
        // A record a layer of this stack retracted is gone on purpose: say who withdrew it and why.
        foreach (var retraction in dataset.Retractions)
        {
            if (retraction.Property is null && string.Equals(retraction.RecordId, text, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{retraction.RecordId}' was retracted: {retraction.Reason} ({StatementText.EvidenceOf(dataset, retraction.Evidence)})";
            }
        }

        // A record of a later document is only in the stack that holds its layer; say so rather than guess near names.
        if (Partnership.WithLayers.TryGetRecord(text, out _) && !HoldsShippedLayers(dataset))
        {
            return $"No record is called '{text}'; the shipped layers have it: add --with-layers.";
        }

        var matches = dataset.Search(text);
        if (matches.IsEmpty)
        {
            return $"No record is called '{text}'; try 'find' with fewer words.";
        }

        var ids = string.Join(", ", matches.Take(Suggestions).Select(m => m.Id));
        return $"No record is called '{text}'; did you mean {ids}?";
    }
}
