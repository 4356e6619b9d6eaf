using System.Collections.Generic;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json;

// The changes a citation of one value and a retraction make to the statements of a record.
internal sealed partial class RecordDraft
{
    /// <summary>
    /// Adds <paramref name="evidence"/> to the statement that gives the current value of <paramref name="property"/> (a
    /// JSON name): its preferred statement, or an instrument's last status step; without one, a statement of the value
    /// the record carries is added with that evidence. Evidence the statement has already is not repeated.
    /// </summary>
    /// <returns>The index of the statement that has the evidence.</returns>
    public int AddEvidence(string property, EquatableArray<Evidence> evidence)
    {
        StartStatements();
        var index = property == StatementProperty.Status && _record is Instrument ? _lastStep
            : _preferred!.TryGetValue(property, out var preferred) && preferred.Count > 0 ? preferred[0]
            : -1;
        if (index < 0)
        {
            index = _statements!.Count;
            AddStatement(new Statement { Property = property, Evidence = evidence });
            return index;
        }

        var statement = _statements![index];
        var joined = new List<Evidence>(statement.Evidence);
        foreach (var item in evidence)
        {
            if (!joined.Contains(item))
            {
                joined.Add(item);
            }
        }

        _statements[index] = statement with { Evidence = EquatableArray.From(joined) };
        Work += joined.Count;
        return index;
    }

    /// <summary>
    /// Withdraws the value of <paramref name="property"/> (a JSON name), now <paramref name="text"/> in its statement form: every statement
    /// giving it is kept, deprecated with <see cref="RankReason.Retracted"/> and <paramref name="reason"/>; a value no
    /// statement gave becomes such a statement on the record's sources, so that its evidence stays visible. The
    /// property is then unset (an empty list for a list).
    /// </summary>
    public void Retract(string property, string reason, string text, bool isList)
    {
        StartStatements();
        var found = false;
        for (var i = 0; i < _statements!.Count; i++)
        {
            if (_statements[i] is { Rank: not StatementRank.Deprecated } statement && statement.Property == property
                && !(statement.Basis == StatementBasis.Inferred && statement.Value is null))
            {
                _statements[i] = statement with { Value = statement.Value ?? text, Rank = StatementRank.Deprecated, RankReason = RankReason.Retracted, Reason = reason };
                found = true;
            }
        }

        Work += _statements.Count;
        _preferred!.Remove(property);
        Uninfer(property);
        if (!found)
        {
            AddStatement(new Statement
            {
                Property = property, Value = text, Evidence = Evidence.Of(Sources), Rank = StatementRank.Deprecated, RankReason = RankReason.Retracted, Reason = reason,
            });
        }

        SetValue(property, isList ? new JsonArray() : null);
    }

    /// <summary>Returns whether a statement already gives <paramref name="name"/> as another name on <paramref name="property"/> (the record's name or title).</summary>
    public bool HasAlternativeName(string property, string name) => AlternativeNames().Contains((property, name));

    /// <summary>Appends <paramref name="statement"/>, another name of the record.</summary>
    public void AddAlternativeName(Statement statement)
    {
        AlternativeNames().Add((statement.Property, statement.Value!));
        AddStatement(statement);
    }

    // The alternative names by property, collected once per record, so that many names cost linear work.
    private HashSet<(string Property, string Name)> AlternativeNames()
    {
        if (_alternativeNames is null)
        {
            StartStatements();
            _alternativeNames = new HashSet<(string, string)>(AlternativeNameComparer.Instance);
            foreach (var statement in _statements!)
            {
                if (statement is { RankReason: RankReason.AlternativeName, Value: { } value })
                {
                    _alternativeNames.Add((statement.Property, value));
                }
            }

            Work += _statements.Count;
        }

        return _alternativeNames;
    }

    private HashSet<(string Property, string Name)>? _alternativeNames;

    // Names compare as a reader would: case aside.
    private sealed class AlternativeNameComparer : IEqualityComparer<(string Property, string Name)>
    {
        public static readonly AlternativeNameComparer Instance = new();

        public bool Equals((string Property, string Name) x, (string Property, string Name) y) =>
            string.Equals(x.Property, y.Property, System.StringComparison.Ordinal) && string.Equals(x.Name, y.Name, System.StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Property, string Name) obj) =>
            System.HashCode.Combine(System.StringComparer.Ordinal.GetHashCode(obj.Property), System.StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }
}
