using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Dates;

namespace AseanUn.Robustness.Tests.Json;

/// <summary>Damages a dataset document in one way of a <see cref="Mutation"/> kind, chosen by a seeded random source.</summary>
internal sealed class DocumentMutator(Random random, IReadOnlyList<string> knownIds)
{
    private const string DeepPlaceholder = "\"@@deep@@\"";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, MaxDepth = 256 };

    private static readonly string[] BadDates =
        ["2015-02-30", "2015-13", "2015-00-10", "2015-06-31", "1900-02-29", "abc", "", " ", "2016/2015", "2015-06-19/2015-06-18",
         "2020~/2010", "99999", "2015-6-1", "../..", "2016~?", "2016-01-01T00:00", "201Y", "-2015", "2015/", "/"];

    private static readonly string[] HugeNumbers =
        ["1e400", "-1e400", "1e-400", "99999999999999999999999", "79228162514264337593543950336", "2147483648", "-2147483649",
         "0", "-1", "1.5", "-0", "4.2e1", "123456789012345678901234567890.5"];

    private static readonly byte[][] InvalidSequences =
        [[0xFF], [0xC3, 0x28], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFE, 0xFF], [0xC3]];

    private static readonly int[] Depths = [10, 63, 64, 65, 100, 1_000, 100_000];

    public byte[] Apply(Mutation mutation, string document) => mutation switch
    {
        Mutation.None => Reformatted(document),
        Mutation.Truncated => Bytes(document)[..random.Next(Bytes(document).Length)],
        Mutation.BytesFlipped => Flipped(Bytes(document)),
        Mutation.InvalidUtf8 => WithInvalidUtf8(Bytes(document)),
        Mutation.ExtraOrDuplicateProperty => Bytes(WithPropertyInserted(document)),
        Mutation.DeepNesting => Bytes(Edited(document, DeepNesting)),
        _ => Bytes(Edited(document, root => Edit(mutation, root))),
    };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private byte[] Reformatted(string document) => random.Next(5) switch
    {
        0 => Bytes(document),
        1 => Bytes(JsonNode.Parse(document)!.ToJsonString()),
        2 => Bytes(document.Replace("\n", "\r\n", StringComparison.Ordinal)),
        3 => [0xEF, 0xBB, 0xBF, .. Bytes(document)],
        _ => Bytes(JsonNode.Parse(document)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 4 })),
    };

    private byte[] Flipped(byte[] bytes)
    {
        for (var i = random.Next(1, 5); i > 0 && bytes.Length > 0; i--)
        {
            var at = random.Next(bytes.Length);
            bytes[at] = random.Next(2) == 0 ? (byte)(bytes[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }

        return bytes;
    }

    private byte[] WithInvalidUtf8(byte[] bytes)
    {
        // Right after a quote: inside a string where the quote opens one, between tokens where it closes one.
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
        var at = quotes[random.Next(quotes.Count)] + 1;
        return [.. bytes[..at], .. InvalidSequences[random.Next(InvalidSequences.Length)], .. bytes[at..]];
    }

    private string WithPropertyInserted(string document)
    {
        // After an opening brace: a second "id" where the object has one, an unknown property where it has none.
        var braces = Enumerable.Range(0, document.Length).Where(i => document[i] == '{').ToList();
        var at = braces[random.Next(braces.Count)] + 1;
        var property = random.Next(3) == 0 ? $"\"extra{random.Next(100)}\": {RandomValue()?.ToJsonString() ?? "null"}, " : "\"id\": \"duplicate-id\", ";
        return document.Insert(at, property);
    }

    private string Edited(string document, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(document)!;
        edit(root);
        var text = root.ToJsonString(Indented);
        var depth = Depths[random.Next(Depths.Length)];
        return text.Replace(DeepPlaceholder, new string('[', depth) + new string(']', depth), StringComparison.Ordinal);
    }

    private void DeepNesting(JsonNode root) => Replace(Pick(Descendants(root).Where(n => n.Parent is not null)), JsonValue.Create("@@deep@@"));

    private void Edit(Mutation mutation, JsonNode root)
    {
        var nodes = Descendants(root).Where(n => n.Parent is not null).ToList();
        switch (mutation)
        {
            case Mutation.WrongType:
                var node = Pick(nodes);
                Replace(node, RandomValue(except: node is null ? JsonValueKind.Null : node.GetValueKind()));
                break;
            case Mutation.MissingProperty:
                var owner = Pick(Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0));
                owner.Remove(owner.ElementAt(random.Next(owner.Count)).Key);
                break;
            case Mutation.DuplicateId:
                var ids = nodes.Where(n => NameOf(n) == "id").ToList();
                var others = ids.Select(n => n.GetValue<string>()).Concat(knownIds).ToList();
                Replace(Pick(ids), JsonValue.Create(others[random.Next(others.Count)]));
                break;
            case Mutation.DanglingId:
                Replace(Pick(nodes.Where(IsReference)), JsonValue.Create($"no-such-record-{random.Next(1000)}"));
                break;
            case Mutation.InvalidOrReversedDate:
                Replace(Pick(nodes.Where(n => n.GetValueKind() == JsonValueKind.String && PartialDate.TryParse(n.GetValue<string>(), out _))), JsonValue.Create(BadDate(nodes)));
                break;
            case Mutation.HugeNumber:
                Replace(Pick(nodes.Where(n => n.GetValueKind() == JsonValueKind.Number)), JsonNode.Parse(HugeNumbers[random.Next(HugeNumbers.Length)])!);
                break;
            case Mutation.LongString:
                Replace(Pick(nodes.Where(n => n.GetValueKind() == JsonValueKind.String)), JsonValue.Create(LongString()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    // A date whose interval is turned around, or one of the known bad forms.
    private string BadDate(List<JsonNode> nodes)
    {
        var interval = nodes.Where(n => n.GetValueKind() == JsonValueKind.String && n.GetValue<string>().Contains('/', StringComparison.Ordinal)).Select(n => n.GetValue<string>()).FirstOrDefault();
        return random.Next(3) == 0 && interval is not null
            ? string.Join('/', interval.Split('/').Reverse())
            : BadDates[random.Next(BadDates.Length)];
    }

    private static bool IsReference(JsonNode node)
    {
        var name = node.Parent is JsonArray array ? NameOf(array) : NameOf(node);
        return node.GetValueKind() == JsonValueKind.String && name is not null and not "id" && (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal) || name.EndsWith("Code", StringComparison.Ordinal) || name.EndsWith("Codes", StringComparison.Ordinal));
    }

    private string LongString()
    {
        var length = random.Next(20) == 0 ? 1_000_000 : random.Next(1_000, 100_000);
        const string Alphabet = "abcXYZ 0123456789-.\"\\/\u00e9\u4e2d\u0e01\U0001F600\n\t";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(Alphabet, random.Next(Alphabet.Length - 1), 1);
        }

        return text.ToString();
    }

    // Null stands for JSON's null.
    private JsonNode? RandomValue(JsonValueKind except = JsonValueKind.Undefined)
    {
        if (except != JsonValueKind.Null && random.Next(7) == 0)
        {
            return null;
        }

        JsonNode[] values = [JsonValue.Create("text"), JsonValue.Create(42), JsonValue.Create(true), new JsonObject { ["id"] = "x" }, new JsonArray(1, "a"), JsonValue.Create(-7.25)];
        var candidates = values.Where(v => v.GetValueKind() != except).ToList();
        return candidates[random.Next(candidates.Count)];
    }

    private static string? NameOf(JsonNode node) => node.Parent is JsonObject ? node.GetPropertyName() : null;

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private T Pick<T>(IEnumerable<T> items)
    {
        var list = items as IList<T> ?? items.ToList();
        return list[random.Next(list.Count)];
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode root)
    {
        var stack = new Stack<JsonNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                stack.Push(child);
            }
        }
    }
}
