using System;

namespace AseanUn.Model;

/// <summary>
/// Every id a record names, whatever names it: its reference properties, the documents it and its statements cite,
/// and the place and body of its status statements. What must go before a record may leave the dataset.
/// </summary>
internal static class RecordNaming
{
    /// <summary>Calls <paramref name="visit"/> with each id <paramref name="record"/> names and the JSON name of what names it.</summary>
    public static void ForEachName<TState>(PartnershipRecord record, TState state, Action<TState, string, string> visit)
    {
        RecordTypes.ForEachReference(record, (State: state, Visit: visit), static (s, id, property, _) => s.Visit(s.State, id, property.JsonName));
        foreach (var citation in record.Sources)
        {
            visit(state, citation.DocumentId, "sources");
        }

        foreach (var statement in record.Statements)
        {
            foreach (var evidence in statement.Evidence)
            {
                visit(state, evidence.Citation.DocumentId, "statements");
            }

            foreach (var actor in StatementActors.All)
            {
                if (actor.ReadSingle(statement) is { } id)
                {
                    visit(state, id, $"statements ({actor.JsonName})");
                }
            }
        }
    }
}
