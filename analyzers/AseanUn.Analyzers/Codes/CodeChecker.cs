using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AseanUn.Analyzers.Operations;
using AseanUn.Rules;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>Checks one constant that reaches a marked place against the vocabulary and reports what is wrong with it.</summary>
internal sealed class CodeChecker(CodeVocabulary vocabulary)
{
    // Keyed by reference: the vocabulary holds one entry per code.
    private readonly ConcurrentDictionary<CodeEntry, ImmutableDictionary<string, string?>> _soleReplacements = new();

    // Cached: a method group converted at each call would allocate on every report.
    private readonly Func<CodeEntry, ImmutableDictionary<string, string?>> _makeSoleReplacement =
        entry => PropertiesOf(ImmutableArray.Create(entry), meaningPreserving: true);

    public void Check(CodeKind kind, ConstantString constant, Action<Diagnostic> report)
    {
        // The location is made only for a report: a known code written by its constant, the common case, needs none.
        var value = constant.Value;
        if (vocabulary.TryGet(kind, value, out var entry))
        {
            // The library's own data records superseded lines as history; only other code is steered away from them.
            if (entry.Successor is { } successor && !vocabulary.IsDefinedInSource)
            {
                var properties = vocabulary.TryGet(kind, successor, out var known) ? SoleReplacement(known) : ImmutableDictionary<string, string?>.Empty;
                report(Diagnostic.Create(Descriptors.SupersededActionLine, constant.Syntax.GetLocation(), properties, value, successor));
            }
            else if (constant.IsLiteral)
            {
                report(Diagnostic.Create(Descriptors.PreferTypedConstant, constant.Syntax.GetLocation(), SoleReplacement(entry), value, entry.Constant));
            }

            return;
        }

        var location = constant.Syntax.GetLocation();

        if (!CodeShape.IsWellFormed(value, kind))
        {
            var normalized = CodeShape.Normalize(value, kind);
            // The normal form of a known code means what was written; nearest codes are guesses.
            var suggestions = normalized is not null && vocabulary.TryGet(kind, normalized, out var exact)
                ? ImmutableArray.Create(exact)
                : NearestCodes.For(normalized ?? value, kind, vocabulary);
            var isNormalForm = suggestions.Length == 1 && suggestions[0].Code == normalized;
            report(Create(
                Descriptors.MalformedCode,
                location,
                suggestions,
                isNormalForm,
                ReadableText.Of(value),
                CodeKindText.Noun(kind),
                CodeKindText.Example(kind),
                DidYouMean(suggestions)));
            return;
        }

        var nearest = NearestCodes.For(value, kind, vocabulary);
        var suffix = nearest.IsEmpty && kind == CodeKind.Pillar ? AllPillars() : DidYouMean(nearest);
        report(Create(UnknownDescriptor(kind), location, nearest, meaningPreserving: false, ReadableText.Of(value), suffix));
    }

    private static DiagnosticDescriptor UnknownDescriptor(CodeKind kind) => kind switch
    {
        CodeKind.Pillar => Descriptors.UnknownPillarCode,
        CodeKind.Area => Descriptors.UnknownAreaCode,
        _ => Descriptors.UnknownActionLineCode,
    };

    private string AllPillars() => "; the pillars are " + JoinCodes(vocabulary.EntriesOf(CodeKind.Pillar), "and");

    private static string DidYouMean(ImmutableArray<CodeEntry> suggestions) =>
        suggestions.IsEmpty ? string.Empty : "; did you mean " + JoinCodes(suggestions, "or") + "?";

    private static string JoinCodes(ImmutableArray<CodeEntry> entries, string conjunction)
    {
        var quoted = entries.Select(e => "'" + e.Code + "'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + " " + conjunction + " " + quoted[quoted.Count - 1];
    }

    private static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableArray<CodeEntry> replacements,
        bool meaningPreserving,
        params object[] arguments) =>
        Diagnostic.Create(descriptor, location, PropertiesOf(replacements, meaningPreserving), arguments);

    /// <summary>
    /// Gets the properties of a diagnostic whose one replacement keeps the meaning (a literal's typed constant, a
    /// superseded line's successor): made once per code, as a corpus that writes a code as a literal often writes it many times.
    /// </summary>
    private ImmutableDictionary<string, string?> SoleReplacement(CodeEntry entry) =>
        _soleReplacements.GetOrAdd(entry, _makeSoleReplacement);

    private static ImmutableDictionary<string, string?> PropertiesOf(ImmutableArray<CodeEntry> replacements, bool meaningPreserving)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (!replacements.IsEmpty)
        {
            var separator = DiagnosticProperties.Separator.ToString();
            properties = properties
                .Add(DiagnosticProperties.Replacements, string.Join(separator, replacements.Select(r => r.Constant)))
                .Add(DiagnosticProperties.ReplacementCodes, string.Join(separator, replacements.Select(r => r.Code)));
            if (meaningPreserving)
            {
                properties = properties.Add(DiagnosticProperties.MeaningPreserving, "true");
            }
        }

        return properties;
    }

    /// <summary>Reports every code of one call that lies outside the single pillar (or area) the same call states.</summary>
    public void CheckHierarchy(IReadOnlyList<(CodeKind Kind, ConstantString Constant)> codes, Action<Diagnostic> report)
    {
        var pillar = SingleKnown(codes, CodeKind.Pillar);
        var area = SingleKnown(codes, CodeKind.Area);
        if (pillar is null && area is null)
        {
            return;
        }

        foreach (var (kind, constant) in codes)
        {
            if (kind == CodeKind.Pillar || !vocabulary.TryGet(kind, constant.Value, out _))
            {
                continue;
            }

            if (pillar is not null && CodeRules.PillarOf(constant.Value) != pillar)
            {
                report(Diagnostic.Create(
                    Descriptors.CodeNotUnderStatedParent, constant.Syntax.GetLocation(), CodeKindText.Title(kind), constant.Value, "pillar", pillar));
            }
            else if (area is not null && kind == CodeKind.ActionLine && CodeRules.ParentOf(constant.Value) != area)
            {
                report(Diagnostic.Create(
                    Descriptors.CodeNotUnderStatedParent, constant.Syntax.GetLocation(), CodeKindText.Title(kind), constant.Value, "area", area));
            }
        }
    }

    // The parent is only clear when the call states exactly one valid code of that kind.
    private string? SingleKnown(IReadOnlyList<(CodeKind Kind, ConstantString Constant)> codes, CodeKind kind)
    {
        string? found = null;
        foreach (var (codeKind, constant) in codes)
        {
            if (codeKind != kind || !vocabulary.TryGet(kind, constant.Value, out _))
            {
                continue;
            }

            if (found is not null && found != constant.Value)
            {
                return null;
            }

            found = constant.Value;
        }

        return found;
    }
}
