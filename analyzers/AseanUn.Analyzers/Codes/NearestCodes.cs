using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AseanUn.Rules;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Finds the valid codes a mistyped one most likely meant: the fewest edits first, then codes in the same area
/// (or pillar), then the nearest number, so "PS.1.9" suggests the last lines of area PS.1.
/// </summary>
/// <remarks>
/// A text longer than the longest code or constant name plus <see cref="EditDistance.MaxSuggested"/> cannot be a near
/// miss of any, so it gets no suggestion and costs no distance computation, however long it is.
/// </remarks>
internal static class NearestCodes
{
    public const int MaxSuggestions = 3;

    public static ImmutableArray<CodeEntry> For(string value, CodeKind kind, CodeVocabulary vocabulary)
    {
        var trimmed = value.Trim();
        if (!EditDistance.MayBeNearMiss(trimmed.Length, vocabulary.LongestNameOf(kind)))
        {
            return ImmutableArray<CodeEntry>.Empty;
        }

        var upper = trimmed.ToUpperInvariant();
        var candidates = new List<(CodeEntry Entry, int Distance, int Closeness)>();
        foreach (var entry in vocabulary.EntriesOf(kind))
        {
            // A constant's own name ("Economic") is the most likely meaning of all.
            var distance = string.Equals(entry.MemberName, trimmed, StringComparison.OrdinalIgnoreCase)
                ? 0
                : EditDistance.Bounded(upper, entry.Code);
            if (distance <= EditDistance.MaxSuggested && distance < entry.Code.Length)
            {
                candidates.Add((entry, distance, Closeness(upper, entry.Code)));
            }
        }

        candidates.Sort((a, b) =>
        {
            var byDistance = a.Distance.CompareTo(b.Distance);
            if (byDistance != 0)
            {
                return byDistance;
            }

            var byCloseness = a.Closeness.CompareTo(b.Closeness);
            return byCloseness != 0 ? byCloseness : string.CompareOrdinal(a.Entry.Code, b.Entry.Code);
        });

        var result = ImmutableArray.CreateBuilder<CodeEntry>(Math.Min(MaxSuggestions, candidates.Count));
        for (var i = 0; i < candidates.Count && i < MaxSuggestions; i++)
        {
            result.Add(candidates[i].Entry);
        }

        return result.MoveToImmutable();
    }

    // Smaller is closer: a shared parent beats a shared pillar, then the gap between the last numbers decides.
    private static int Closeness(string value, string code)
    {
        const int OtherParent = 2000;
        const int SamePillarOnly = 1000;
        var parentPenalty = CodeRules.ParentOf(value) == CodeRules.ParentOf(code)
            ? 0
            : CodeRules.PillarOf(value) == CodeRules.PillarOf(code) ? SamePillarOnly : OtherParent;
        var valueNumber = CodeShape.LastNumberOf(value);
        var codeNumber = CodeShape.LastNumberOf(code);
        var gap = valueNumber < 0 || codeNumber < 0 ? SamePillarOnly - 1 : Math.Min(Math.Abs(valueNumber - codeNumber), SamePillarOnly - 1);
        return parentPenalty + gap;
    }
}
