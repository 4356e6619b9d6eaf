using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>
/// One record while a document's updates apply to it. An update changes only what it touches — a step appended to
/// the history, citations added through a set, a claim appended or demoted, a value set in the record's JSON form —
/// and <see cref="Build"/> makes the record once, after all of them; so applying updates costs work linear in their
/// size, however many aim at one record (rebuilding the record per update made it quadratic).
/// </summary>
internal sealed class RecordDraft
{
    private readonly PartnershipRecord _record;
    private readonly JsonTypeInfo _info;
    private InstrumentStatus _status;
    private List<StatusEntry>? _history;
    private List<Citation>? _sources;
    private HashSet<Citation>? _cited;
    private EquatableArray<Citation> _currentSources;
    private bool _sourcesChanged;
    private List<Claim>? _claims;
    private HashSet<string>? _claimed;
    private Dictionary<string, List<int>>? _preferred;
    private HashSet<string>? _uninferred;
    private JsonObject? _values;
    private HashSet<string>? _setValues;
    private int? _paragraphCount;

    public RecordDraft(PartnershipRecord record)
    {
        _record = record;
        _info = DatasetJsonOptions.InfoOf(record.GetType());
        _currentSources = record.Sources;
        _status = (record as Instrument)?.Status ?? default;
    }

    /// <summary>Gets the record as it was before the updates: its type and id, which no update changes.</summary>
    public PartnershipRecord Original => _record;

    /// <summary>Gets how many record elements (citations, claims, inferences, status steps) the draft has copied, scanned or serialized.</summary>
    public long Work { get; private set; }

    /// <summary>Gets the instrument's status as the steps so far left it.</summary>
    public InstrumentStatus Status => _status;

    /// <summary>Gets the last step of the instrument's history, or <see langword="null"/> while it has none.</summary>
    public StatusEntry? LastStep => _history is { Count: > 0 } history ? history[^1]
        : _history is null && _record is Instrument { History: { IsEmpty: false } steps } ? steps[^1] : null;

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

    /// <summary>Appends a step to the instrument's history; its status becomes the record's.</summary>
    public void AddStep(StatusEntry step)
    {
        if (_history is null)
        {
            var history = ((Instrument)_record).History;
            _history = new List<StatusEntry>(history);
            Work += history.Count;
        }

        _history.Add(step);
        _status = step.Status;
        Work++;
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

    /// <summary>Gets how many claims the record holds so far; the next claim added gets this index.</summary>
    public int ClaimCount
    {
        get
        {
            StartClaims();
            return _claims!.Count;
        }
    }

    /// <summary>Returns whether a claim about <paramref name="property"/> exists, however its name is cased (C# or JSON).</summary>
    public bool HasClaim(string property)
    {
        StartClaims();
        return _claimed!.Contains(Key(property));
    }

    /// <summary>Appends <paramref name="claim"/>.</summary>
    public void AddClaim(Claim claim)
    {
        StartClaims();
        if (claim.Rank == ClaimRank.Preferred)
        {
            PreferredOf(claim.Property).Add(_claims!.Count);
        }

        _claims!.Add(claim);
        _claimed!.Add(Key(claim.Property));
        Work++;
    }

    /// <summary>Ranks the preferred claims about <paramref name="property"/> (C# or JSON name) normal.</summary>
    public void DemotePreferred(string property)
    {
        StartClaims();
        var preferred = PreferredOf(property);
        foreach (var index in preferred)
        {
            _claims![index] = _claims[index] with { Rank = ClaimRank.Normal };
        }

        Work += preferred.Count;
        preferred.Clear();
    }

    /// <summary>Drops the inferences about <paramref name="property"/> (C# or JSON name): a source now states it.</summary>
    public void Uninfer(string property)
    {
        (_uninferred ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(Key(property));
        Work++;
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
            Claims = _claims is null ? _record.Claims : EquatableArray.From(_claims),
            Inferences = _uninferred is null ? _record.Inferences : EquatableArray.From(Kept(_record.Inferences, _uninferred)),
        };
        if (record is Instrument instrument && _history is not null)
        {
            record = instrument with { History = EquatableArray.From(_history), Status = _status };
        }

        Work += Size(record);
        return record;
    }

    // Claims and inferences name a property as in C# ("Status", "PlaceId"), updates as in JSON ("placeId"): both
    // count as one property, so a correction demotes the claims and drops the inferences about it, however named.
    private static string Key(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);

    /// <summary>The JSON name of a source document's paragraph count, which later citations are checked against.</summary>
    internal static readonly string ParagraphCountName = JsonNamingPolicy.CamelCase.ConvertName(nameof(SourceDocument.ParagraphCount));

    private void Serialize(PartnershipRecord record)
    {
        _values = JsonSerializer.SerializeToNode(record, _info)!.AsObject();
        _setValues = new HashSet<string>(System.StringComparer.Ordinal);
        Work += Size(record);
    }

    private void StartClaims()
    {
        if (_claims is not null)
        {
            return;
        }

        _claims = new List<Claim>(_record.Claims);
        _claimed = new HashSet<string>(System.StringComparer.Ordinal);
        _preferred = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < _claims.Count; i++)
        {
            _claimed.Add(Key(_claims[i].Property));
            if (_claims[i].Rank == ClaimRank.Preferred)
            {
                PreferredOf(_claims[i].Property).Add(i);
            }
        }

        Work += _claims.Count;
    }

    private List<int> PreferredOf(string property)
    {
        var key = Key(property);
        if (!_preferred!.TryGetValue(key, out var indexes))
        {
            _preferred[key] = indexes = [];
        }

        return indexes;
    }

    private static List<Inference> Kept(EquatableArray<Inference> inferences, HashSet<string> dropped)
    {
        var kept = new List<Inference>(inferences.Count);
        foreach (var inference in inferences)
        {
            if (!dropped.Contains(Key(inference.Property)))
            {
                kept.Add(inference);
            }
        }

        return kept;
    }

    private static long Size(PartnershipRecord record) =>
        record.Sources.Count + record.Claims.Count + record.Inferences.Count + (record is Instrument instrument ? instrument.History.Count : 0);
}
