using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// One record while a document's updates apply to it. An update changes only what it touches — a status statement
/// appended, citations added through a set, a statement appended or demoted, a value set in the record's JSON form —
/// and <see cref="Build"/> makes the record once, after all of them; so applying updates costs work linear in their
/// size, however many aim at one record (rebuilding the record per update made it quadratic).
/// </summary>
internal sealed partial class RecordDraft
{
    private readonly PartnershipRecord _record;
    private readonly JsonTypeInfo _info;
    private InstrumentStatus _status;
    private bool _statusChanged;
    private List<Citation>? _sources;
    private HashSet<Citation>? _cited;
    private EquatableArray<Citation> _currentSources;
    private bool _sourcesChanged;
    private List<Statement>? _statements;
    private HashSet<string>? _valued;
    private Dictionary<string, List<int>>? _preferred;
    private int _lastStep = -1;
    private JsonObject? _values;
    private HashSet<string>? _setValues;
    private int? _paragraphCount;

    public RecordDraft(PartnershipRecord record)
    {
        _record = record;
        _info = DatasetJsonOptions.InfoOf(record.GetType());
        _currentSources = record.Sources;
        _status = (record as Instrument)?.Status ?? default;
        var statements = record.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is { Property: StatementProperty.Status, Time: not null })
            {
                _lastStep = i;
            }
        }
    }

    /// <summary>Gets the record as it was before the updates: its type and id, which no update changes.</summary>
    public PartnershipRecord Original => _record;

    /// <summary>Gets how many record elements (citations and statements) the draft has copied, scanned or serialized.</summary>
    public long Work { get; private set; }

    /// <summary>Gets the instrument's status as the steps so far left it.</summary>
    public InstrumentStatus Status => _status;

    /// <summary>Gets the last dated status statement added to the instrument, or <see langword="null"/> while it has none.</summary>
    public Statement? LastStep => _lastStep < 0 ? null : _statements is null ? _record.Statements[_lastStep] : _statements[_lastStep];

    /// <summary>Gets the citations of the record as the updates so far left them.</summary>
    public EquatableArray<Citation> Sources
    {
        get
        {
            if (_sourcesChanged)
            {
                _currentSources = EquatableArray.From(_sources!);
                _sourcesChanged = false;
                Work += _sources!.Count;
            }

            return _currentSources;
        }
    }

    /// <summary>Gets a source document's paragraph count as corrections so far left it.</summary>
    public int ParagraphCount => _paragraphCount ?? ((SourceDocument)_record).ParagraphCount;

    /// <summary>Appends a dated status statement to the instrument; its status becomes the record's.</summary>
    public void AddStep(Statement step, InstrumentStatus status)
    {
        StartStatements();
        _lastStep = _statements!.Count;
        AddStatement(step);
        _status = status;
        _statusChanged = true;
    }

    /// <summary>Adds <paramref name="citation"/> to the record's sources unless it is there already.</summary>
    public void Cite(Citation citation)
    {
        if (_sources is null)
        {
            _sources = new List<Citation>(_record.Sources);
            _cited = new HashSet<Citation>(_record.Sources);
            Work += 2L * _record.Sources.Count;
        }

        if (_cited!.Add(citation))
        {
            _sources.Add(citation);
            _sourcesChanged = true;
        }

        Work++;
    }

    /// <summary>Gets how many statements the record holds so far; the next statement added gets this index.</summary>
    public int StatementCount
    {
        get
        {
            StartStatements();
            return _statements!.Count;
        }
    }

    /// <summary>Returns whether a statement with a value of its own about <paramref name="property"/> (a JSON name) exists.</summary>
    public bool HasValueStatement(string property)
    {
        StartStatements();
        return _valued!.Contains(property);
    }

    /// <summary>Gets the record's statements as the updates so far left them.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            StartStatements();
            return _statements!;
        }
    }

    /// <summary>Replaces statement <paramref name="index"/> by <paramref name="statement"/>, about the same property and not preferred.</summary>
    public void ReplaceStatement(int index, Statement statement)
    {
        StartStatements();
        _statements![index] = statement;
        Work++;
    }

    /// <summary>Appends <paramref name="statement"/>.</summary>
    public void AddStatement(Statement statement)
    {
        StartStatements();
        if (statement.Rank == StatementRank.Preferred)
        {
            PreferredOf(statement.Property).Add(_statements!.Count);
        }

        _statements!.Add(statement);
        if (statement.Value is not null)
        {
            _valued!.Add(statement.Property);
        }

        Work++;
    }

    /// <summary>Ranks the preferred statements about <paramref name="property"/> (a JSON name) normal.</summary>
    public void DemotePreferred(string property)
    {
        StartStatements();
        var preferred = PreferredOf(property);
        foreach (var index in preferred)
        {
            _statements![index] = _statements[index] with { Rank = StatementRank.Normal };
        }

        Work += preferred.Count;
        preferred.Clear();
    }

    /// <summary>
    /// Removes the inference markers about <paramref name="property"/> (a JSON name) — a source now states it — and
    /// returns the reason of the last one, so that a value they marked keeps it when it becomes a statement of its own.
    /// </summary>
    public string? Uninfer(string property)
    {
        StartStatements();
        string? reason = null;
        for (var i = _statements!.Count - 1; i >= 0; i--)
        {
            if (_statements[i] is { Basis: StatementBasis.Inferred, Value: null, Time: null } marker && marker.Property == property)
            {
                reason ??= marker.Reason;
                Remove(i);
            }
        }

        Work++;
        return reason;
    }

    /// <summary>Returns the current value of the property named <paramref name="jsonName"/> in its JSON form, as an export would write it.</summary>
    public JsonNode? Value(string jsonName)
    {
        if (_values is null)
        {
            Serialize(_record);
        }
        else if (_setValues!.Contains(jsonName))
        {
            // A value set by a correction is in the form the correction gave; the record's own form is the exported one.
            Serialize((PartnershipRecord)_values.Deserialize(_info)!);
        }

        return _values![jsonName];
    }

    /// <summary>Sets the property named <paramref name="jsonName"/> to <paramref name="value"/>, a JSON value its type reads.</summary>
    public void SetValue(string jsonName, JsonNode? value)
    {
        if (_values is null)
        {
            Serialize(_record);
        }

        _values![jsonName] = value;
        _setValues!.Add(jsonName);
        if (_record is SourceDocument && jsonName == ParagraphCountName)
        {
            _paragraphCount = value.Deserialize((JsonTypeInfo<int>)DatasetJsonOptions.InfoOf(typeof(int)));
        }

        Work++;
    }

    /// <summary>Makes the updated record.</summary>
    public PartnershipRecord Build()
    {
        var record = _values is null ? _record : (PartnershipRecord)_values.Deserialize(_info)!;
        Work += _values is null ? 0 : Size(record);
        record = record with
        {
            Sources = Sources,
            Statements = _statements is null ? _record.Statements : EquatableArray.From(_statements),
        };
        if (record is Instrument instrument && _statusChanged)
        {
            record = instrument with { Status = _status };
        }

        Work += Size(record);
        return record;
    }

    /// <summary>The JSON name of a source document's paragraph count, which later citations are checked against.</summary>
    internal static readonly string ParagraphCountName = JsonNamingPolicy.CamelCase.ConvertName(nameof(SourceDocument.ParagraphCount));

    private void Serialize(PartnershipRecord record)
    {
        _values = JsonSerializer.SerializeToNode(record, _info)!.AsObject();
        _setValues = new HashSet<string>(System.StringComparer.Ordinal);
        Work += Size(record);
    }

    private void StartStatements()
    {
        if (_statements is not null)
        {
            return;
        }

        _statements = new List<Statement>(_record.Statements);
        _valued = new HashSet<string>(System.StringComparer.Ordinal);
        _preferred = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < _statements.Count; i++)
        {
            if (_statements[i].Value is not null)
            {
                _valued.Add(_statements[i].Property);
            }

            if (_statements[i].Rank == StatementRank.Preferred)
            {
                PreferredOf(_statements[i].Property).Add(i);
            }
        }

        Work += _statements.Count;
    }

    // Removes statement `index`, keeping the indexes of the preferred statements and the last step in step.
    private void Remove(int index)
    {
        _statements!.RemoveAt(index);
        foreach (var indexes in _preferred!.Values)
        {
            for (var k = 0; k < indexes.Count; k++)
            {
                indexes[k] -= indexes[k] > index ? 1 : 0;
            }
        }

        _lastStep -= _lastStep > index ? 1 : 0;
        Work += _statements.Count - index;
    }

    private List<int> PreferredOf(string property)
    {
        if (!_preferred!.TryGetValue(property, out var indexes))
        {
            _preferred[property] = indexes = [];
        }

        return indexes;
    }

    private static long Size(PartnershipRecord record) => record.Sources.Count + record.Statements.Count;
}
