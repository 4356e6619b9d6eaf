using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AseanUn.Analyzers.Operations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AseanUn.Analyzers.Dataset;

/// <summary>
/// Reads the dated status steps a record initialiser writes: the elements of its <c>History</c> and its
/// <c>Statements</c> about <c>status</c> (a statement without a <c>Value</c> speaks of the record's own
/// <c>Status</c>). Steps whose status or time is not constant are left out.
/// </summary>
internal static class StatusSteps
{
    private const string HistoryProperty = "History";
    private const string StatementsProperty = "Statements";
    private const string StatusProperty = "status";

    public static List<StatusStep> Read(IObjectOrCollectionInitializerOperation initializer, DatasetScope scope)
    {
        var steps = new List<StatusStep>();
        foreach (var element in ConstantValues.Elements(StatementMembers.Value(initializer, HistoryProperty)))
        {
            if (element is IObjectCreationOperation { Initializer: { } entry } && DatasetScope.Is(element.Type, scope.StatusEntry))
            {
                Add(steps, StatementMembers.Status(entry), StatementMembers.Value(entry, "Date"), StatementMembers.Value(entry, "Sources"), inHistory: true, scope);
            }
        }

        string? recordStatus = null;
        foreach (var element in ConstantValues.Elements(StatementMembers.Value(initializer, StatementsProperty)))
        {
            if (element is IObjectCreationOperation { Initializer: { } statement } && DatasetScope.Is(element.Type, scope.Statement)
                && string.Equals(StatementMembers.Property(statement), StatusProperty, StringComparison.OrdinalIgnoreCase))
            {
                var value = StatementMembers.Value(statement, "Value");
                var status = value?.ConstantValue is { HasValue: true, Value: string { Length: > 0 } text } ? char.ToLowerInvariant(text[0]) + text.Substring(1)
                    : value is null || value.ConstantValue is { HasValue: true, Value: null } ? recordStatus ??= StatementMembers.Status(initializer)
                    : null;
                Add(steps, status, StatementMembers.Value(statement, "Time"), StatementMembers.Value(statement, "Evidence"), inHistory: false, scope);
            }
        }

        return steps;
    }

    private static void Add(List<StatusStep> steps, string? status, IOperation? time, IOperation? sources, bool inHistory, DatasetScope scope)
    {
        if (status is not null && time is not null && ConstantDates.TryTime(time, scope, out var span, out var qualified))
        {
            steps.Add(new StatusStep(status, span, qualified, time.Syntax, inHistory, Documents(sources, scope)));
        }
    }

    /// <summary>Gets the documents a list of citations or evidence cites, or a default array when any is unknown.</summary>
    private static ImmutableArray<string> Documents(IOperation? sources, DatasetScope scope)
    {
        sources = ConstantValues.SkipConversions(sources);
        if (sources is null)
        {
            return default;
        }

        if (sources is IInvocationOperation call && scope.IsCite(call.TargetMethod))
        {
            return scope.CiteReport is { } report ? ImmutableArray.Create(report) : default;
        }

        var documents = ImmutableArray.CreateBuilder<string>();
        foreach (var element in ConstantValues.Elements(sources))
        {
            if (DocumentOf(element, scope) is not { } document)
            {
                return default;
            }

            documents.Add(document);
        }

        return documents.Count == 0 ? default : documents.ToImmutable();
    }

    // A Cite helper cites the report; a Citation names its document; evidence cites what its citation does.
    private static string? DocumentOf(IOperation? element, DatasetScope scope)
    {
        element = ConstantValues.SkipConversions(element);
        return element switch
        {
            IInvocationOperation call when scope.IsCite(call.TargetMethod) => scope.CiteReport,
            IObjectCreationOperation { Arguments.Length: > 0 } creation when DatasetScope.Is(creation.Type, scope.Citation) =>
                creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string document } ? document : null,
            IObjectCreationOperation { Arguments.Length: > 0 } creation when DatasetScope.Is(creation.Type, scope.Evidence) =>
                DocumentOf(creation.Arguments[0].Value, scope),
            _ => null,
        };
    }
}
