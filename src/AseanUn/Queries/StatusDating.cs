using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Queries;

/// <summary>Dates an instrument's undated status by the documents that give it, so that a dataset's as-of answers can use it.</summary>
internal static class StatusDating
{
    /// <summary>Builds the status steps of every instrument of a dataset, in the order of <paramref name="instruments"/>.</summary>
    public static StatusSteps[] StepsOf(EquatableArray<Instrument> instruments, Func<string, PartnershipRecord?> find)
    {
        var steps = new StatusSteps[instruments.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = StatusSteps.Of(instruments[i], UndatedTime(instruments[i], find));
        }

        return steps;
    }

    /// <summary>
    /// Returns when an undated status counts: the as-of date of the earliest document among those the record cites,
    /// the first document to give it; <see langword="null"/> when no cited document is known.
    /// </summary>
    public static PartialDate? UndatedTime(PartnershipRecord record, Func<string, PartnershipRecord?> find)
    {
        PartialDate? earliest = null;
        foreach (var citation in record.Sources)
        {
            if (find(citation.DocumentId) is SourceDocument document && (earliest is null || document.AsOf.EndDay < earliest.Value.EndDay))
            {
                earliest = document.AsOf;
            }
        }

        return earliest;
    }
}
