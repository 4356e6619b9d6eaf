using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>What the query indexes and the exports read from a record, whatever its type: in one place so they agree.</summary>
internal static class RecordFacts
{
    /// <summary>Returns the action-line codes a record is tagged with (instruments, events, activities, figures).</summary>
    public static EquatableArray<string> ActionLineCodes(PartnershipRecord record) => record switch
    {
        Instrument i => i.ActionLineCodes,
        Event e => e.ActionLineCodes,
        Activity a => a.ActionLineCodes,
        Figure f => f.ActionLineCodes,
        _ => default,
    };

    /// <summary>Returns every date a record carries: an event's date, an instrument's date and period, an activity's period, a figure's as-of date.</summary>
    public static IEnumerable<PartialDate> Dates(PartnershipRecord record)
    {
        switch (record)
        {
            case Event e:
                yield return e.Date;
                break;
            case Instrument { Date: { } date }:
                yield return date;
                break;
        }

        switch (record)
        {
            case Instrument { Period: { } period }:
                yield return period;
                break;
            case Activity { Period: { } period }:
                yield return period;
                break;
            case Figure f:
                yield return f.AsOf;
                break;
        }
    }

    /// <summary>Returns the kind shown for a record: its event, instrument or organisation kind, else nothing.</summary>
    public static string? Kind(PartnershipRecord record) => record switch
    {
        Event e => e.Kind.ToString(),
        Instrument i => i.Kind.ToString(),
        Organisation o => o.Kind.ToString(),
        _ => null,
    };

    /// <summary>Returns the texts a search looks at: id, label, names, titles, acronyms, aliases and codes.</summary>
    public static List<string> SearchTexts(PartnershipRecord record)
    {
        var texts = new List<string> { record.Id, record.Label };
        switch (record)
        {
            case Organisation o:
                texts.Add(o.Name);
                AddIfSet(texts, o.Acronym);
                texts.AddRange(o.Aliases);
                break;
            case Instrument i:
                texts.Add(i.Title);
                AddIfSet(texts, i.ShortName);
                AddIfSet(texts, i.Symbol);
                break;
            case Person p:
                texts.Add(p.Name);
                foreach (var role in p.Roles)
                {
                    texts.Add(role.Title);
                }

                break;
            case Place p:
                texts.Add(p.Name);
                texts.Add(p.City);
                texts.Add(p.Country);
                break;
            case MemberState m:
                texts.Add(m.Name);
                texts.Add(m.IsoAlpha2);
                texts.Add(m.IsoAlpha3);
                break;
        }

        return texts;

        static void AddIfSet(List<string> texts, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                texts.Add(text);
            }
        }
    }
}
