using System.Collections.Generic;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// Code that uses the marker attributes in odd but legal ways. Each is a template: <c>$PILLAR$</c>, <c>$AREA$</c> and
/// <c>$LINE$</c> stand for codes that are filled in either with the typed constants (valid code) or with unknown codes.
/// </summary>
internal static class MarkerUsages
{
    public static IReadOnlyDictionary<string, string> Valid { get; } = new Dictionary<string, string>
    {
        ["$PILLAR$"] = "AseanUn.PillarCodes.Economic",
        ["$AREA$"] = "AseanUn.AreaCodes.FoodAndEnergySecurity",
        ["$LINE$"] = "AseanUn.ActionLineCodes.FoodSecurity",
    };

    public static IReadOnlyDictionary<string, string> Unknown { get; } = new Dictionary<string, string>
    {
        ["$PILLAR$"] = "\"XQ\"",
        ["$AREA$"] = "\"EC.8\"",
        ["$LINE$"] = "\"EC.8.8\"",
    };

    /// <summary>Gets each template by name, with whether the code it holds is a top-level program.</summary>
    public static IReadOnlyDictionary<string, (string Template, bool IsProgram)> Templates { get; } = new Dictionary<string, (string, bool)>
    {
        ["non-string parameters"] = ("""
            using AseanUn;

            static class Api
            {
                public static void Count([ActionLineCode] int code) { }
                public static void Flag([PillarCode] bool flag) { }
                public static void Any([PillarCode] object? code) { }
                public static void Chars([ActionLineCode] char[] code) { }
                public static void Span([AreaCode] System.ReadOnlySpan<char> code) { }
                public static void Nullable([PillarCode] int? code = null) { }

                public static void Use()
                {
                    Count(5);
                    Flag(true);
                    Any(42);
                    Any(null);
                    Any($PILLAR$);
                    Chars(['E', 'C']);
                    Span($AREA$);
                    Nullable();
                    Nullable(3);
                }
            }
            """, false),

        ["params arrays"] = ("""
            using AseanUn;

            static class Api
            {
                public static void Lines([ActionLineCode] params string[] codes) { }
                public static void Tagged(int weight, [PillarCode] string pillar, [ActionLineCode] params string[] lines) { }
                public static void Objects([ActionLineCode] params object?[] codes) { }

                public static void Use(string[] runtime)
                {
                    Lines();
                    Lines($LINE$);
                    Lines($LINE$, $LINE$, $LINE$);
                    Lines(new[] { $LINE$ });
                    Lines(new string[0]);
                    Lines([$LINE$, .. runtime]);
                    Lines(runtime);
                    Lines(null!);
                    Tagged(1, $PILLAR$);
                    Tagged(2, $PILLAR$, $LINE$, $LINE$);
                    Tagged(pillar: $PILLAR$, weight: 3, lines: new[] { $LINE$ });
                    Objects($LINE$, 4, null);
                }
            }
            """, false),

        ["using aliases"] = ("""
            using Line = AseanUn.ActionLineCodeAttribute;
            using P = AseanUn.PillarCodeAttribute;
            using Codes = AseanUn.ActionLineCodes;
            using Tag = AseanUn.ContributesToAttribute;
            using static AseanUn.PillarCodes;

            [Tag($PILLAR$, $LINE$)]
            [Tag(Economic, Codes.FoodSecurity)]
            static class Api
            {
                public static void M([P] string pillar, [Line] string line) { }

                public static void Use()
                {
                    M($PILLAR$, $LINE$);
                    M(Economic, Codes.FoodSecurity);
                }
            }
            """, false),

        ["generic attributes"] = ("""
            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
            sealed class TagAttribute<T> : System.Attribute
            {
                public TagAttribute([AseanUn.PillarCode] string pillar, [AseanUn.ActionLineCode] params string[] lines) { }

                [AseanUn.AreaCode] public string? Area { get; set; }
            }

            [Tag<int>($PILLAR$, $LINE$, Area = $AREA$)]
            [Tag<string>($PILLAR$)]
            sealed class Programme
            {
                [Tag<Programme>($PILLAR$, $LINE$)]
                public void M() { }
            }
            """, false),

        ["local functions"] = ("""
            static class Api
            {
                public static void Use()
                {
                    Local($PILLAR$, $LINE$);
                    Tagged();
                    Defaulted();
                    Defaulted($AREA$);

                    static void Local([AseanUn.PillarCode] string pillar, [AseanUn.ActionLineCode] string line) { }

                    [AseanUn.ContributesTo($PILLAR$, $LINE$)]
                    static void Tagged() { }

                    static void Defaulted([AseanUn.AreaCode] string area = $AREA$) { }
                }
            }
            """, false),

        ["top-level statements"] = ("""
            using AseanUn;

            var dataset = Partnership.Current;
            System.Console.WriteLine(dataset.GetPillar($PILLAR$).Name);
            System.Console.WriteLine(dataset.RecordsUnderActionLine($LINE$).Count);
            Local($LINE$);

            [ContributesTo($PILLAR$, $LINE$)]
            static void Local([ActionLineCode] string line) { }
            """, true),

        ["indexers"] = ("""
            sealed class Registry
            {
                public string this[[AseanUn.PillarCode] string pillar] => pillar;

                public string this[[AseanUn.PillarCode] string pillar, [AseanUn.ActionLineCode] string line]
                {
                    get => line;
                    set { }
                }
            }

            static class Api
            {
                public static void Use(Registry registry)
                {
                    _ = registry[$PILLAR$];
                    registry[$PILLAR$, $LINE$] = "x";
                    _ = registry[line: $LINE$, pillar: $PILLAR$];
                }
            }
            """, false),

        ["records and primary constructors"] = ("""
            record WorkItem([property: AseanUn.PillarCode] string Pillar, [AseanUn.ActionLineCode] string Line);

            record struct Slot([AseanUn.AreaCode] string Area);

            sealed class Programme([AseanUn.PillarCode] string pillar)
            {
                public string Pillar { get; } = pillar;
            }

            sealed class Derived() : Base($LINE$);

            class Base([AseanUn.ActionLineCode] string line)
            {
                public string Line { get; } = line;
            }

            static class Api
            {
                public static void Use()
                {
                    var item = new WorkItem($PILLAR$, $LINE$);
                    _ = item with { Pillar = $PILLAR$ };
                    _ = new Slot($AREA$);
                    _ = new Programme($PILLAR$);
                    WorkItem target = new($PILLAR$, Line: $LINE$);
                }
            }
            """, false),

        ["lambdas and delegates"] = ("""
            static class Api
            {
                public static void Use()
                {
                    System.Action<string> tag = ([AseanUn.PillarCode] string pillar) => { };
                    tag($PILLAR$);
                    var line = ([AseanUn.ActionLineCode] string code = $LINE$) => code;
                    line();
                    line($LINE$);
                    System.Func<string, int> count = static code => code.Length;
                    _ = count($LINE$);
                }
            }
            """, false),

        ["overrides and interfaces"] = ("""
            interface ITagger
            {
                void Tag([AseanUn.PillarCode] string pillar);
            }

            abstract class Base
            {
                public abstract void Line([AseanUn.ActionLineCode] string line);

                [AseanUn.AreaCode]
                public virtual string? Area { get; set; }
            }

            sealed class Impl : Base, ITagger
            {
                public void Tag(string pillar) { }

                public override void Line(string line) { }

                public override string? Area { get; set; }
            }

            static class Api
            {
                public static void Use(Impl impl, ITagger tagger)
                {
                    tagger.Tag($PILLAR$);
                    impl.Line($LINE$);
                    impl.Tag($PILLAR$);
                    impl.Area = $AREA$;
                    _ = new Impl { Area = $AREA$ };
                }
            }
            """, false),

        ["fields, constants and initialisers"] = ("""
            sealed class Options
            {
                [AseanUn.PillarCode] public const string Default = $PILLAR$;
                [AseanUn.ActionLineCode] public static readonly string[] Lines = [$LINE$, $LINE$];
                [AseanUn.ActionLineCode] public static readonly string[] Empty = [];

                [AseanUn.AreaCode]
                public string Area { get; init; } = $AREA$;

                [AseanUn.PillarCode]
                public string? Pillar;

                public static Options Make() => new() { Area = $AREA$, Pillar = $PILLAR$ };
            }
            """, false),

        ["conditional and converted values"] = ("""
            static class Api
            {
                public static void Line([AseanUn.ActionLineCode] string line) { }

                public static void Use(bool flag, int n, string? maybe)
                {
                    Line(flag ? $LINE$ : $LINE$);
                    Line(n switch { 0 => $LINE$, _ => $LINE$ });
                    Line(maybe ?? $LINE$);
                    Line((string)$LINE$);
                    Line(maybe!);
                    Line(default!);
                    Line(null!);
                    Line(string.Concat(maybe, maybe));
                }
            }
            """, false),

        ["extension and generic methods"] = ("""
            static class Extensions
            {
                public static T Tagged<T>(this T item, [AseanUn.PillarCode] string pillar, [AseanUn.ActionLineCode] params string[] lines) => item;
            }

            sealed class C<TItem>
                where TItem : class
            {
                public static void Use(TItem item)
                {
                    _ = 5.Tagged($PILLAR$, $LINE$);
                    _ = Extensions.Tagged("s", $PILLAR$);
                    _ = item.Tagged<TItem>(pillar: $PILLAR$);
                }
            }
            """, false),

        ["ref, in, out, async and iterators"] = ("""
            using System.Collections.Generic;
            using System.Threading.Tasks;

            static class Api
            {
                static void In([AseanUn.PillarCode] in string pillar) { }
                static void Ref([AseanUn.PillarCode] ref string pillar) { }
                static void Out([AseanUn.PillarCode] out string pillar) => pillar = $PILLAR$;
                static async Task<string> Async([AseanUn.ActionLineCode] string line) { await Task.Yield(); return line; }
                static IEnumerable<string> Iterate() { yield return $LINE$; }

                static async Task Use()
                {
                    In($PILLAR$);
                    var pillar = $PILLAR$;
                    Ref(ref pillar);
                    Out(out _);
                    _ = await Async($LINE$);
                    foreach (var line in Iterate()) { _ = line; }
                }
            }
            """, false),

        ["the library's own marked members"] = ("""
            using AseanUn;

            static class Api
            {
                static void Use()
                {
                    var dataset = Partnership.Current;
                    _ = dataset.GetPillar($PILLAR$);
                    _ = dataset.AreasOf($PILLAR$);
                    _ = dataset.ActionLinesOf($AREA$);
                    _ = dataset.RecordsUnderActionLine($LINE$);
                    _ = dataset.Query().UnderPillar($PILLAR$).UnderArea($AREA$).UnderActionLine($LINE$).Count();
                    _ = dataset.TryGetActionLine($LINE$, out _);
                    _ = dataset.CooperationLinksUnderArea($AREA$);
                }
            }
            """, false),

        ["dynamic and partial members"] = ("""
            static class Api
            {
                public static void Line([AseanUn.ActionLineCode] string line) { }

                public static void Use(dynamic value)
                {
                    Line(value);
                    Line(value.Code);
                    value.Call($LINE$);
                }
            }

            partial class Split
            {
                partial void Tag([AseanUn.PillarCode] string pillar);

                void Use() => Tag($PILLAR$);
            }

            partial class Split
            {
                partial void Tag(string pillar) { }
            }
            """, false),

        ["attributes on every target"] = ("""
            [assembly: Info(Lines = new[] { $LINE$ })]

            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
            sealed class InfoAttribute([AseanUn.ActionLineCode] string line = AseanUn.ActionLineCodes.FoodSecurity) : System.Attribute
            {
                public string Line { get; } = line;

                [AseanUn.PillarCode]
                public string? Pillar { get; set; }

                [AseanUn.ActionLineCode]
                public string[]? Lines { get; set; }
            }

            [Info]
            [Info($LINE$, Pillar = $PILLAR$, Lines = new[] { $LINE$ })]
            class C
            {
                [return: Info($LINE$)]
                public int M([Info(Pillar = $PILLAR$)] int x) => x;

                [Info(Pillar = $PILLAR$)]
                public event System.Action? Changed;

                public void Raise<[Info($LINE$)] T>() => Changed?.Invoke();
            }
            """, false),
    };

    /// <summary>Fills <paramref name="template"/> with <paramref name="codes"/>.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> codes)
    {
        foreach (var (placeholder, code) in codes)
        {
            template = template.Replace(placeholder, code, System.StringComparison.Ordinal);
        }

        return template;
    }
}
