using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// One dated status of a record as the dataset source writes it: a <c>StatusEntry</c> of an instrument's
/// <c>History</c>, or a <c>Statement</c> about <c>status</c>.
/// </summary>
internal sealed class StatusStep(string status, DateSpan time, bool isQualified, SyntaxNode timeSyntax, bool inHistory, ImmutableArray<string> documents)
{
    /// <summary>Gets the status by its JSON (camel-case) name: <c>signed</c>, <c>inForce</c>.</summary>
    public string Status { get; } = status;

    /// <summary>Gets the days the step's time stands for.</summary>
    public DateSpan Time { get; } = time;

    /// <summary>Gets whether the time is approximate or otherwise qualified, and so cannot contradict another.</summary>
    public bool IsQualified { get; } = isQualified;

    /// <summary>Gets the expression the time is written as: where a contradiction is reported.</summary>
    public SyntaxNode TimeSyntax { get; } = timeSyntax;

    /// <summary>Gets whether the step belongs to a <c>History</c>, whose steps go in date order.</summary>
    public bool InHistory { get; } = inHistory;

    /// <summary>Gets the ids of the documents the step cites, or a default array when one of them is not known.</summary>
    public ImmutableArray<string> Documents { get; } = documents;

    /// <summary>Gets whether the status is an act that lasts once done: signed, adopted, published, issued, concluded.</summary>
    public bool IsLastingAct => Status is "signed" or "adopted" or "published" or "issued" or "concluded";

    /// <summary>Gets whether the status is the act an instrument's <c>Date</c> records: signed, adopted, published or issued.</summary>
    public bool IsDatedAct => Status is "signed" or "adopted" or "published" or "issued";
}
