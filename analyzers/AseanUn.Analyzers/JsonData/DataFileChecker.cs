using System;
using System.Collections.Generic;
using System.Globalization;
using AseanUn.Rules;
using AseanUn.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// Checks one data file against the format (AUN0201–AUN0203, AUN0207) and against the stack it names (AUN0204–AUN0206,
/// AUN0208), reporting each problem at its line and column in the file.
/// </summary>
/// <remarks>
/// A file with many problems reports the first <see cref="MaxReported"/>, as the library's importer lists at most as
/// many, so that the cost of a broken file is bounded by its size and not by what it gets wrong.
/// </remarks>
internal sealed class DataFileChecker
{
    /// <summary>The most diagnostics one file reports.</summary>
    public const int MaxReported = 1000;

    private readonly DataFile _file;
    private readonly DataFileSet _set;
    private readonly Action<Diagnostic> _report;
    private readonly JsonFormat _format = JsonFormat.Instance;
    private readonly List<(JsonNode Node, JsonField Field)> _references = new();
    private Dictionary<string, string>? _stackIds;
    private int _reported;

    private DataFileChecker(DataFile file, DataFileSet set, Action<Diagnostic> report)
    {
        _file = file;
        _set = set;
        _report = report;
    }

    public static void Check(DataFile file, DataFileSet set, Action<Diagnostic> report) => new DataFileChecker(file, set, report).Check();

    private void Check()
    {
        if (_file.Root is not { } root)
        {
            var error = _file.SyntaxError!.Value;
            Report(Descriptors.MalformedJson, error.Span, error.Message);
            return;
        }

        CheckValue(root, JsonType.ObjectOf(JsonVocabulary.RootShape), nullable: false);
        CheckVersion(root);
        CheckIds();
        foreach (var (node, field) in _references)
        {
            CheckReference(node, field);
        }

        foreach (var (edition, node) in _file.Requires)
        {
            if (!_set.IsKnownEdition(edition, _file))
            {
                Report(Descriptors.UnknownRequiredEdition, node.Anchor, Quoted(edition), NearestNames.Ending(NearestNames.For(edition, _set.Editions())));
            }
        }
    }

    private void CheckValue(JsonNode node, JsonType type, bool nullable)
    {
        if (node.Kind == JsonNodeKind.Null)
        {
            if (!nullable)
            {
                WrongType(node, type.Expected);
            }

            return;
        }

        switch (type.Kind)
        {
            case JsonValueType.String or JsonValueType.Date:
                Expect(node, JsonNodeKind.String, type.Expected);
                break;
            case JsonValueType.Integer:
                if (Expect(node, JsonNodeKind.Number, type.Expected) && !IsInteger(node.Text!))
                {
                    Report(Descriptors.InvalidJsonValue, node.Anchor, "Expected a whole number, but found a number with a fraction or out of range");
                }

                break;
            case JsonValueType.Number:
                Expect(node, JsonNodeKind.Number, type.Expected);
                break;
            case JsonValueType.Boolean:
                if (node.Kind is not (JsonNodeKind.True or JsonNodeKind.False))
                {
                    WrongType(node, type.Expected);
                }

                break;
            case JsonValueType.Enum:
                CheckEnum(node, _format.Enums[type.Name!]);
                break;
            case JsonValueType.Array:
                if (Expect(node, JsonNodeKind.Array, type.Expected))
                {
                    foreach (var item in node.Items)
                    {
                        CheckValue(item, type.Element!, nullable: false);
                    }
                }

                break;
            case JsonValueType.Object:
                CheckObject(node, _format.Shapes[type.Name!]);
                break;
            case JsonValueType.Records:
                CheckRecords(node);
                break;
        }
    }

    private void CheckObject(JsonNode node, (JsonShape Shape, Dictionary<string, JsonField> Fields) shape)
    {
        if (!Expect(node, JsonNodeKind.Object, "an object"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (!seen.Add(member.Name))
            {
                Report(Descriptors.UnknownJsonProperty, member.NameSpan, $"The property {Quoted(member.Name)} is given more than once");
            }
            else if (!shape.Fields.TryGetValue(member.Name, out var field))
            {
                Report(Descriptors.UnknownJsonProperty, member.NameSpan,
                    $"Unknown property {Quoted(member.Name)} in {Article(shape.Shape.Words)}{NearestNames.Ending(NearestNames.For(member.Name, shape.Fields.Keys))}");
            }
            else
            {
                CheckValue(member.Value, field.Type, field.Nullable);
                if (field.Targets.Length > 0)
                {
                    _references.Add((member.Value, field));
                }
            }
        }

        foreach (var field in shape.Shape.Fields)
        {
            if (field.Required && !seen.Contains(field.Name))
            {
                Report(Descriptors.MissingJsonProperty, node.Anchor, Quoted(field.Name), Article(shape.Shape.Words));
            }
        }
    }

    private void CheckRecords(JsonNode node)
    {
        if (!Expect(node, JsonNodeKind.Object, "an object"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (!seen.Add(member.Name))
            {
                Report(Descriptors.UnknownJsonProperty, member.NameSpan, $"The record group {Quoted(member.Name)} is given more than once");
            }
            else if (!_format.GroupsByName.TryGetValue(member.Name, out var group))
            {
                Report(Descriptors.UnknownJsonProperty, member.NameSpan,
                    $"Unknown record group {Quoted(member.Name)}{NearestNames.Ending(NearestNames.For(member.Name, _format.GroupNames))}");
            }
            else if (member.Value.Kind != JsonNodeKind.Null && Expect(member.Value, JsonNodeKind.Array, "an array"))
            {
                foreach (var record in member.Value.Items)
                {
                    CheckValue(record, JsonType.ObjectOf(group.Type), nullable: false);
                }
            }
        }
    }

    private void CheckEnum(JsonNode node, JsonEnum enumeration)
    {
        if (Expect(node, JsonNodeKind.String, "a string") && Array.IndexOf(enumeration.Names, node.Text) < 0)
        {
            Report(Descriptors.InvalidJsonValue, node.Anchor,
                $"{Quoted(node.Text!)} is not one of the {enumeration.Words} names: {string.Join(", ", enumeration.Names)}{NearestNames.Ending(NearestNames.For(node.Text!, enumeration.Names))}");
        }
    }

    private void CheckVersion(JsonNode root)
    {
        if (root.Kind == JsonNodeKind.Object
            && root.Member("version") is { Kind: JsonNodeKind.Number, Text: var text } version
            && IsInteger(text!)
            && int.Parse(text, CultureInfo.InvariantCulture) is var number
            && (number < JsonVocabulary.OldestVersion || number > JsonVocabulary.CurrentVersion))
        {
            Report(Descriptors.InvalidJsonValue, version.Anchor,
                $"Format version {number} is not supported; this version of AseanUn reads versions {JsonVocabulary.OldestVersion}–{JsonVocabulary.CurrentVersion}");
        }
    }

    // A record's id may be used once in the whole stack: not twice in the file, nor again after the dataset or a file it requires.
    private void CheckIds()
    {
        var stack = StackIds(includeSelf: false);
        var own = new Dictionary<string, DataRecord>(StringComparer.Ordinal);
        foreach (var record in _file.Records)
        {
            if (own.TryGetValue(record.Id, out var earlier))
            {
                var line = _file.Text.Lines.GetLinePosition(earlier.IdNode.Start).Line + 1;
                Report(Descriptors.DuplicateJsonRecordId, record.IdNode.Anchor, Quoted(record.Id), $"by the {_format.WordsOf(earlier.Type)} on line {line} of this file");
            }
            else if (stack.TryGetValue(record.Id, out var type))
            {
                Report(Descriptors.DuplicateJsonRecordId, record.IdNode.Anchor, Quoted(record.Id), $"by the {_format.WordsOf(type)} of that id in the stack this file builds on");
            }
            else
            {
                own.Add(record.Id, record);
            }
        }
    }

    private void CheckReference(JsonNode node, JsonField field)
    {
        if (node.Kind == JsonNodeKind.String)
        {
            CheckId(node, field.Targets);
        }
        else if (node.Kind == JsonNodeKind.Array)
        {
            foreach (var item in node.Items)
            {
                if (item.Kind == JsonNodeKind.String)
                {
                    CheckId(item, field.Targets);
                }
            }
        }
    }

    private void CheckId(JsonNode node, string[] targets)
    {
        var id = node.Text!;
        var ids = StackIds(includeSelf: true);
        var any = targets.Length == 1 && targets[0] == JsonFormat.AnyRecord;
        if (ids.TryGetValue(id, out var type))
        {
            if (!any && Array.IndexOf(targets, type) < 0)
            {
                Report(Descriptors.DanglingJsonReference, node.Anchor, Quoted(id), $"names {Article(_format.WordsOf(type))}, not {Article(TargetWords(targets))}");
            }

            return;
        }

        var suggestions = NearestNames.Ending(NearestNames.For(id, Candidates(ids, targets, any)));
        if (!any && Array.TrueForAll(targets, t => _format.GroupsByType.TryGetValue(t, out var group) && group.CodeWords is not null))
        {
            var codeWords = string.Join(" or ", Array.ConvertAll(targets, t => _format.GroupsByType[t].CodeWords!));
            Report(Descriptors.UnknownJsonCode, node.Anchor, Quoted(id), Article(codeWords), suggestions);
            return;
        }

        var wanted = any ? "record" : TargetWords(targets);
        var where = _file.IsWholeDataset ? "in this dataset, which stands alone" : "of the built-in dataset, its shipped layers or the files of the stack";
        Report(Descriptors.DanglingJsonReference, node.Anchor, Quoted(id), $"names no {wanted} {where}{suggestions}");
    }

    private static IEnumerable<string> Candidates(Dictionary<string, string> ids, string[] targets, bool any)
    {
        foreach (var pair in ids)
        {
            if (any || Array.IndexOf(targets, pair.Value) >= 0)
            {
                yield return pair.Key;
            }
        }
    }

    // The record type of every id of the stack this file names (a whole dataset's is itself); with the file's own
    // records when includeSelf is set.
    private Dictionary<string, string> StackIds(bool includeSelf)
    {
        if (includeSelf && _stackIds is not null)
        {
            return _stackIds;
        }

        var ids = _file.IsWholeDataset
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(_format.BuiltInIds, StringComparer.Ordinal);
        foreach (var file in _file.IsWholeDataset ? new List<DataFile> { _file } : _set.StackOf(_file))
        {
            if (file == _file && !includeSelf)
            {
                continue;
            }

            foreach (var record in file.Records)
            {
                if (!ids.ContainsKey(record.Id))
                {
                    ids.Add(record.Id, record.Type);
                }
            }
        }

        return includeSelf ? _stackIds = ids : ids;
    }

    private string TargetWords(string[] targets)
    {
        var words = Array.ConvertAll(targets, _format.WordsOf);
        return words.Length == 1 ? words[0] : string.Join(", ", words, 0, words.Length - 1) + " or " + words[words.Length - 1];
    }

    private bool Expect(JsonNode node, JsonNodeKind kind, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        WrongType(node, expected);
        return false;
    }

    private void WrongType(JsonNode node, string expected) =>
        Report(Descriptors.InvalidJsonValue, node.Anchor, $"Expected {expected}, but found {node.Describe()}");

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments)
    {
        if (_reported++ >= MaxReported)
        {
            return;
        }

        var location = Location.Create(_file.Path, span, _file.Text.Lines.GetLinePositionSpan(span));
        _report(Diagnostic.Create(descriptor, location, arguments));
    }

    private static bool IsInteger(string number) =>
        number.IndexOfAny(['.', 'e', 'E']) < 0 && int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static string Quoted(string value) => "'" + ReadableText.Of(value) + "'";

    private static string Article(string words) => (words.Length > 0 && "aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;
}
