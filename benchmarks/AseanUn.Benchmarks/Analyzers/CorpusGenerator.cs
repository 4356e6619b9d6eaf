using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// Generates the analyzer benchmark's corpus: files of everyday application code (records, services with LINQ,
/// locking, async I/O, parsing, pattern matching; each file calls into the next), and, for a consumer of AseanUn,
/// a class per file that names 20 codes in every kind of place the analyzers check.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The number of files of the full corpus.</summary>
    public const int FullSize = 500;

    /// <summary>The number of code references in each file of a consumer corpus.</summary>
    public const int ReferencesPerFile = 20;

    private const int FilesPerModule = 25;

    /// <summary>
    /// Generates <paramref name="files"/> files of corpus <paramref name="kind"/>; the same arguments give the same corpus.
    /// Real-world code is read, not generated: up to <paramref name="files"/> of its files.
    /// </summary>
    public static Corpus Generate(CorpusKind kind, int files)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(files, 1);
        if (kind == CorpusKind.RealWorldCode)
        {
            return RealWorldSources.Read(files);
        }

        var consumer = kind == CorpusKind.AseanUnConsumer;
        var pillars = CorpusVocabulary.Current.Pillars;
        var result = new List<CorpusFile>(files);
        var literals = 0;
        for (var i = 0; i < files; i++)
        {
            var text = new StringBuilder(EverydayCode(i, files, consumer));
            if (consumer)
            {
                var references = new References(i);
                text.Append(ConsumerCode(i, pillars[i % pillars.Count], references));
                literals += references.Literals;
            }

            result.Add(new CorpusFile($"Module{i / FilesPerModule:D2}/File{i:D4}.cs", text.ToString()));
        }

        return new Corpus(kind, result, consumer ? files * ReferencesPerFile : 0, literals);
    }

    private static string Namespace(int file) => $"Contoso.Operations.Module{file / FilesPerModule:D2}";

    private static string EverydayCode(int i, int files, bool consumer)
    {
        var next = (i + 1) % files;
        var usingAseanUn = consumer ? "using AseanUn;\n" : string.Empty;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.IO;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            {{usingAseanUn}}
            namespace {{Namespace(i)}};

            /// <summary>An order of shop {{i}}.</summary>
            public sealed record Order{{i}}(int Id, string Customer, decimal Amount, DateTimeOffset Placed, IReadOnlyList<string> Tags);

            /// <summary>Where an order of shop {{i}} stands.</summary>
            public enum OrderState{{i}}
            {
                Draft,
                Submitted,
                Shipped,
                Cancelled,
            }

            /// <summary>Keeps the orders of shop {{i}}.</summary>
            public sealed class OrderService{{i}}
            {
                private readonly Dictionary<int, Order{{i}}> _orders = new();
                private readonly object _gate = new();
                private int _revision;

                public event EventHandler<Order{{i}}>? Added;

                public int Revision => Volatile.Read(ref _revision);

                public int Count
                {
                    get
                    {
                        lock (_gate)
                        {
                            return _orders.Count;
                        }
                    }
                }

                public void Add(Order{{i}} order)
                {
                    ArgumentNullException.ThrowIfNull(order);
                    if (order.Amount < 0m)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order), order.Amount, "An amount cannot be negative.");
                    }

                    lock (_gate)
                    {
                        _orders[order.Id] = order with { Customer = global::{{Namespace(next)}}.Text{{next}}.Normalize(order.Customer) };
                        _revision++;
                    }

                    Added?.Invoke(this, order);
                }

                public IReadOnlyList<Order{{i}}> Recent(DateTimeOffset since, int take = 10)
                {
                    lock (_gate)
                    {
                        return _orders.Values
                            .Where(o => o.Placed >= since)
                            .OrderByDescending(o => o.Placed)
                            .ThenBy(o => o.Id)
                            .Take(take)
                            .ToList();
                    }
                }

                public IReadOnlyDictionary<string, decimal> TotalsByCustomer()
                {
                    lock (_gate)
                    {
                        return _orders.Values
                            .GroupBy(o => o.Customer, StringComparer.OrdinalIgnoreCase)
                            .ToDictionary(g => g.Key, g => g.Sum(o => o.Amount), StringComparer.OrdinalIgnoreCase);
                    }
                }

                public static string Describe(Order{{i}} order) => order.Amount switch
                {
                    < 10m => "small",
                    < 1000m => "medium",
                    _ when order.Tags.Contains("priority", StringComparer.Ordinal) => "large, priority",
                    _ => "large",
                };

                public static OrderState{{i}} Next(OrderState{{i}} state) => state switch
                {
                    OrderState{{i}}.Draft => OrderState{{i}}.Submitted,
                    OrderState{{i}}.Submitted => OrderState{{i}}.Shipped,
                    _ => state,
                };

                public string Report()
                {
                    var builder = new StringBuilder();
                    foreach (var order in Recent(DateTimeOffset.MinValue, int.MaxValue))
                    {
                        builder.Append(order.Id.ToString(CultureInfo.InvariantCulture))
                            .Append(';')
                            .Append(order.Customer)
                            .Append(';')
                            .AppendLine(order.Amount.ToString("F2", CultureInfo.InvariantCulture));
                    }

                    return builder.ToString();
                }

                public async Task<int> SaveAsync(Stream stream, CancellationToken cancellationToken = default)
                {
                    ArgumentNullException.ThrowIfNull(stream);
                    var writer = new StreamWriter(stream, Encoding.UTF8, bufferSize: 4096, leaveOpen: true);
                    await using (writer.ConfigureAwait(false))
                    {
                        var written = 0;
                        foreach (var order in Recent(DateTimeOffset.MinValue, int.MaxValue))
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            await writer.WriteLineAsync($"{order.Id},{order.Customer},{order.Amount}").ConfigureAwait(false);
                            written++;
                        }

                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                        return written;
                    }
                }

                public static bool TryParse(string? text, out Order{{i}}? order)
                {
                    order = null;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return false;
                    }

                    var parts = text.Split(',', StringSplitOptions.TrimEntries);
                    if (parts.Length < 3
                        || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                        || !decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                    {
                        return false;
                    }

                    order = new Order{{i}}(id, parts[1], amount, DateTimeOffset.UnixEpoch, parts.Skip(3).ToArray());
                    return true;
                }
            }

            /// <summary>Text helpers of shop {{i}}.</summary>
            public static class Text{{i}}
            {
                public static string Normalize(string value) => value.Trim().ToUpperInvariant();
            }

            """;
    }

    private static string ConsumerCode(int i, PillarCodesOf pillar, References r)
    {
        var random = new Random(i);
        CodeConstant Line() => pillar.ActionLines[random.Next(pillar.ActionLines.Count)];
        var area = pillar.Areas[random.Next(pillar.Areas.Count)];

        // Statements, not one interpolation, so that references are numbered in a fixed order.
        var classPillar = r.Next(pillar.Pillar);
        var classLines = $"{r.Next(Line())}, {r.Next(Line())}";
        var lineInit = r.Next(Line());
        var pillarInit = r.Next(pillar.Pillar);
        var areaInit = r.Next(area);
        var weightDefault = r.Next(Line());
        var methodAttribute = $"{r.Next(pillar.Pillar)}, {r.Next(Line())}";
        var underLine = r.Next(Line());
        var underPillar = r.Next(pillar.Pillar);
        var underArea = r.Next(area);
        var queryPillar = r.Next(pillar.Pillar);
        var queryLine = r.Next(Line());
        var linesOf = r.Next(area);
        var areasOf = r.Next(pillar.Pillar);
        var weightArgument = r.Next(Line());
        var lookup = r.Next(Line());
        var copyLine = r.Next(Line());
        var copyPillar = r.Next(pillar.Pillar);
        return $$"""

            /// <summary>A programme of shop {{i}}, tagged with the partnership's codes.</summary>
            [ContributesTo({{classPillar}}, {{classLines}})]
            public sealed class Programme{{i}}
            {
                [ActionLineCode]
                public string Line { get; init; } = {{lineInit}};

                [PillarCode]
                public string Pillar { get; init; } = {{pillarInit}};

                [AreaCode]
                public string Area { get; init; } = {{areaInit}};

                public static int Weight([ActionLineCode] string line = {{weightDefault}}) => line.Length;

                [ContributesTo({{methodAttribute}})]
                public static int Reach(PartnershipDataset dataset)
                {
                    ArgumentNullException.ThrowIfNull(dataset);
                    var total = dataset.RecordsUnderActionLine({{underLine}}).Count
                        + dataset.RecordsUnderPillar({{underPillar}}).Count
                        + dataset.RecordsUnderArea({{underArea}}).Count
                        + dataset.Query().UnderPillar({{queryPillar}}).UnderActionLine({{queryLine}}).Count()
                        + dataset.ActionLinesOf({{linesOf}}).Count
                        + dataset.AreasOf({{areasOf}}).Count
                        + Weight({{weightArgument}});
                    if (dataset.TryGetActionLine({{lookup}}, out var line))
                    {
                        total += line.Code.Length;
                    }

                    var copy = new Programme{{i}} { Line = {{copyLine}}, Pillar = {{copyPillar}} };
                    return total + copy.Line.Length;
                }
            }

            """;
    }

    /// <summary>Numbers the code references of one file and writes two in every ten as string literals.</summary>
    private sealed class References(int file)
    {
        private int _count;

        public int Literals { get; private set; }

        public string Next(CodeConstant code)
        {
            var literal = (file * 7 + _count++) % 10 == 0;
            Literals += literal ? 1 : 0;
            return code.Expression(literal);
        }
    }
}
