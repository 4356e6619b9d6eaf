using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// Generates application code of the shapes real projects have — records, services, generics, LINQ, async, events,
/// pattern matching, attributes with string arguments — that never passes a code to a marked place, but is full of
/// look-alikes: methods named like the library's, code-shaped strings, and attributes of its own called PillarCode.
/// </summary>
internal static class RealWorldCode
{
    private static readonly string[] CodeLikeStrings =
        ["PS", "EC.1.2", "ZZ.9.9", "SC.3", "Economic", "XX", "PS.1.9", "EC.4.2", "", "pillar", "SS.1.1", "ASEAN", "UN-2017", "a.b.c"];

    private static readonly string[] Domains = ["Orders", "Billing", "Shipping", "Catalog", "Identity", "Reports", "Grants", "Projects"];

    private static readonly Func<Random, int, string>[] Members =
    [
        (r, n) => $$"""
                public IReadOnlyList<Item> Filter{{n}}(IEnumerable<Item> items, string prefix) =>
                    items.Where(x => x.Code.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(x => x.Name).ThenBy(x => x.Count).ToList();
            """,
        (r, n) => $$"""
                public Dictionary<string, int> Group{{n}}(IEnumerable<Item> items) =>
                    (from item in items
                     where item.Count > {{r.Next(10)}}
                     group item by item.Code into g
                     orderby g.Key
                     select new { g.Key, Total = g.Sum(i => i.Count) }).ToDictionary(x => x.Key, x => x.Total);
            """,
        (r, n) => $$"""
                public async Task<int> Load{{n}}Async(IEnumerable<Item> items, CancellationToken cancellationToken = default)
                {
                    await Task.Yield();
                    var total = 0;
                    await foreach (var item in Stream{{n}}(items, cancellationToken))
                    {
                        total += item.Count;
                    }

                    return total;
                }

                private static async IAsyncEnumerable<Item> Stream{{n}}(IEnumerable<Item> items, [EnumeratorCancellation] CancellationToken cancellationToken)
                {
                    foreach (var item in items)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await Task.Delay(0, cancellationToken);
                        yield return item;
                    }
                }
            """,
        (r, n) => $$"""
                public static int Rank{{n}}(string code) => code switch
                {
                    "{{CodeLikeStrings[n % 3]}}" => 1,
                    "{{CodeLikeStrings[3 + (n % 4)]}}" or "{{CodeLikeStrings[7 + (n % 5)]}}" => 2,
                    { Length: > 4 } longer when longer.Contains('.') => 3,
                    _ => 0,
                };
            """,
        (r, n) => $$"""
                public Item? GetPillar(string code) => _items.FirstOrDefault(i => i.Code == code);

                public IEnumerable<Item> AreasOf(string pillarCode) => _items.Where(i => i.Code.StartsWith(pillarCode + ".", StringComparison.Ordinal));

                public bool TryGetActionLine(string code, out Item? item)
                {
                    item = GetPillar(code);
                    return item is not null;
                }

                public IEnumerable<Item> RecordsUnderActionLine(string code) => _items.Where(i => i.Code == code);

                public void Use{{n}}()
                {
                    _ = GetPillar("{{Pick(r)}}");
                    _ = AreasOf("{{Pick(r)}}").Count();
                    _ = TryGetActionLine("{{Pick(r)}}", out _);
                    _ = RecordsUnderActionLine("{{Pick(r)}}").Any();
                }
            """,
        (r, n) => $$"""
                [PillarCode]
                public string Pillar{{n}} { get; set; } = "{{Pick(r)}}";

                [ActionLineCode]
                public string[] Lines{{n}} { get; init; } = ["{{Pick(r)}}", "{{Pick(r)}}"];

                [ContributesTo("{{Pick(r)}}", "{{Pick(r)}}")]
                public void Tagged{{n}}([PillarCode] string pillar = "{{Pick(r)}}") => Pillar{{n}} = pillar;
            """,
        (r, n) => $$"""
                [Obsolete("Use {{Pick(r)}} instead.")]
                [Description("{{Pick(r)}}")]
                [DebuggerDisplay("{Summary{{n}},nq}")]
                [SuppressMessage("Style", "IDE{{r.Next(1000, 9999)}}", Justification = "{{Pick(r)}}")]
                public string Summary{{n}} => $"{_items.Count} items under {{Pick(r)}}: {_items.Sum(i => i.Count):N0}";
            """,
        (r, n) => $$"""
                public bool Check{{n}}(object value) => value switch
                {
                    Item { Count: > 0, Code: "{{Pick(r)}}" } => true,
                    Item { Name.Length: 0 } => false,
                    string s when s.Length > {{r.Next(5)}} => s.EndsWith(".{{r.Next(9)}}", StringComparison.Ordinal),
                    int[] { Length: 2 } pair => pair[0] < pair[1],
                    null => false,
                    _ => value is IEnumerable<Item> list && list.Any(),
                };
            """,
        (r, n) => $$"""
                public event EventHandler<Item>? Changed{{n}};

                public void Raise{{n}}(Item item)
                {
                    try
                    {
                        Changed{{n}}?.Invoke(this, item with { Count = item.Count + 1 });
                    }
                    catch (InvalidOperationException exception) when (exception.Message.Contains("{{Pick(r)}}"))
                    {
                        _log.Add(exception.Message);
                    }
                    finally
                    {
                        _log.Add("raised {{n}}");
                    }
                }
            """,
        (r, n) => $$"""
                public static TValue GetOrAdd{{n}}<TKey, TValue>(IDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> create)
                    where TKey : notnull
                {
                    if (!cache.TryGetValue(key, out var value))
                    {
                        value = create(key);
                        cache[key] = value;
                    }

                    return value;
                }
            """,
        (r, n) => $$"""
                public int Fold{{n}}(IReadOnlyList<int> values)
                {
                    return Sum(0);

                    int Sum(int index) => index >= values.Count ? 0 : values[index] + Sum(index + 1);
                }
            """,
        (r, n) => $$"""
                public string Build{{n}}(IEnumerable<Item> items)
                {
                    var text = new StringBuilder("{{Pick(r)}}");
                    foreach (var (item, index) in items.Select((item, index) => (item, index)))
                    {
                        text.Append(index).Append(':').Append(item.Code ?? "{{Pick(r)}}").AppendLine();
                    }

                    return text.ToString();
                }
            """,
        (r, n) => $$"""
                public Task<Item[]> Query{{n}}Async(string search) =>
                    Task.Run(() => _items.Where(i => i.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || i.Code == "{{Pick(r)}}").ToArray());

                public IEnumerable<Item> Search(string text) => _items.Where(i => i.Name == text);

                public IEnumerable<Item> Timeline => _items.OrderBy(i => i.At).ThenBy(i => i.Id, StringComparer.Ordinal);
            """,
    ];

    /// <summary>Generates <paramref name="files"/> files, each with a shared attribute file first.</summary>
    /// <param name="seed">The seed of the random choices.</param>
    /// <param name="files">How many files of application code.</param>
    /// <param name="callAseanUn">Whether the code also calls the library's unmarked members (it must reference AseanUn then).</param>
    public static IReadOnlyList<(string Path, string Text)> Generate(int seed, int files, bool callAseanUn)
    {
        var random = new Random(seed);
        var result = new List<(string, string)> { ("Shared/Attributes.cs", LookAlikeAttributes) };
        for (var file = 0; file < files; file++)
        {
            var domain = Domains[file % Domains.Length] + file;
            result.Add(($"{domain}/{domain}Service.cs", File(random, domain, callAseanUn)));
        }

        return result;
    }

    private static string Pick(Random random) => CodeLikeStrings[random.Next(CodeLikeStrings.Length)];

    private static string File(Random random, string domain, bool callAseanUn)
    {
        var text = new StringBuilder($$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.Diagnostics;
            using System.Diagnostics.CodeAnalysis;
            using System.Linq;
            using System.Runtime.CompilerServices;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            {{(callAseanUn ? "using AseanUn;\n" : "")}}
            namespace Contoso.{{domain}};

            public sealed record Item(string Id, string Code, string Name, int Count, DateTime At);

            public readonly record struct Key(string Scope, int Number) : IComparable<Key>
            {
                public int CompareTo(Key other) => (Scope, Number).CompareTo((other.Scope, other.Number));
            }

            public sealed class {{domain}}Service
            {
                private readonly List<Item> _items = [];
                private readonly List<string> _log = [];


            """);

        // Each member template appears at most once per file: some of them declare fixed names.
        foreach (var member in Enumerable.Range(0, Members.Length).OrderBy(_ => random.Next()).Take(8 + random.Next(Members.Length - 8)))
        {
            text.AppendLine(Members[member](random, random.Next(1000))).AppendLine();
        }

        if (callAseanUn)
        {
            text.AppendLine($$"""
                    public int Partnership{{random.Next(1000)}}(string text)
                    {
                        var dataset = AseanUn.Partnership.Current;
                        _ = dataset.TryGetRecord("{{Pick(random)}}", out _);
                        _ = dataset.RecordsInvolvingOrganisation("{{Pick(random)}}");
                        return dataset.Search(text).Count + dataset.Search("{{Pick(random)}}").Count;
                    }
                """);
        }

        return text.Append("}\n").ToString();
    }

    // Attributes of the application's own, named like AseanUn's markers, in the application's namespace.
    private const string LookAlikeAttributes = """
        using System;

        namespace Contoso;

        [AttributeUsage(AttributeTargets.All)]
        public sealed class PillarCodeAttribute : Attribute { }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class ActionLineCodeAttribute : Attribute { }

        [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
        public sealed class ContributesToAttribute(string pillar, params string[] lines) : Attribute
        {
            public string Pillar { get; } = pillar;

            public string[] Lines { get; } = lines;
        }
        """;
}
