using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>Turns validator findings into <see cref="DatasetProblem"/>s: paths from the entries, positions from a locator.</summary>
internal static class DatasetProblems
{
    /// <summary>Finds the line and column of a site within an entry, or <see langword="null"/> when it has no position.</summary>
    public delegate (int Line, int Column)? Locator(RecordEntry entry, RecordSite site);

    /// <summary>Converts <paramref name="findings"/>, ordered by position when there are positions.</summary>
    public static List<DatasetProblem> From(IEnumerable<ValidationFinding> findings, Locator? locate, string? documentName)
    {
        var problems = new List<DatasetProblem>();
        foreach (var finding in findings)
        {
            var position = locate?.Invoke(finding.Entry, finding.Site);
            problems.Add(new DatasetProblem(finding.Kind, finding.Site.AppendTo(finding.Entry.Path), position?.Line, position?.Column, finding.Message)
            {
                DocumentName = documentName,
            });
        }

        return problems;
    }

    /// <summary>Sorts problems into document order (stable: problems at one position keep the order they were found in).</summary>
    public static EquatableArray<DatasetProblem> InDocumentOrder(List<DatasetProblem> problems)
    {
        var ordered = new List<(DatasetProblem Problem, int Order)>(problems.Count);
        for (var i = 0; i < problems.Count; i++)
        {
            ordered.Add((problems[i], i));
        }

        ordered.Sort(static (a, b) =>
        {
            var result = (a.Problem.Line ?? int.MaxValue).CompareTo(b.Problem.Line ?? int.MaxValue);
            if (result == 0) result = (a.Problem.Column ?? int.MaxValue).CompareTo(b.Problem.Column ?? int.MaxValue);
            return result != 0 ? result : a.Order.CompareTo(b.Order);
        });
        return EquatableArray.TakeOwnership(ordered.ConvertAll(static p => p.Problem).ToArray());
    }
}
