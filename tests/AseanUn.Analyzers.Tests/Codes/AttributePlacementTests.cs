using System.Threading.Tasks;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

/// <summary>
/// A code in an attribute is checked exactly once wherever the attribute stands: on any declaration the compiler
/// analyses with it, and inside bodies, on local functions, lambdas and their parameters.
/// </summary>
public sealed class AttributePlacementTests
{
    private const string Tag = """

        [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
        sealed class TagAttribute : System.Attribute
        {
            public TagAttribute() { }

            public TagAttribute([AseanUn.ActionLineCode] string line) => Line = line;

            [AseanUn.ActionLineCode] public string? Line { get; set; }
        }
        """;

    [Fact]
    public Task Attributes_on_every_kind_of_declaration_are_checked_once() => Verify.VerifyAsync("""
        [assembly: Tag({|AUN0001:"SC.1.91"|})]
        [module: Tag(Line = {|AUN0001:"SC.1.92"|})]

        [Tag({|AUN0001:"SC.1.93"|})]
        class C<[Tag({|AUN0001:"SC.1.94"|})] T>
        {
            [Tag({|AUN0001:"SC.1.95"|})] int _field;
            [Tag({|AUN0001:"SC.1.96"|})] event System.Action? Happened;

            [Tag({|AUN0001:"SC.1.97"|})]
            [field: Tag({|AUN0001:"SC.1.98"|})]
            int Auto { get; set; }

            int Property
            {
                [Tag({|AUN0001:"SC.1.99"|})] get => _field;
                [Tag({|AUN0001:"SC.2.91"|})] set => _field = value;
            }

            [Tag({|AUN0001:"SC.2.92"|})]
            int this[[Tag({|AUN0001:"SC.2.93"|})] int i] => i;

            [Tag({|AUN0001:"SC.2.94"|})]
            C() { }

            [Tag({|AUN0001:"SC.2.95"|})]
            [return: Tag({|AUN0001:"SC.2.96"|})]
            void M<[Tag({|AUN0001:"SC.2.97"|})] U>([Tag({|AUN0001:"SC.2.98"|})] int p) => Happened?.Invoke();

            [Tag({|AUN0001:"SC.2.99"|})]
            public static C<T> operator +(C<T> a, [Tag({|AUN0001:"SC.3.91"|})] C<T> b) => a;
        }

        [Tag({|AUN0001:"SC.3.92"|})]
        delegate void Handler([Tag({|AUN0001:"SC.3.93"|})] int value);

        [Tag({|AUN0001:"SC.3.94"|})]
        enum Kind
        {
            [Tag({|AUN0001:"SC.3.95"|})] First,
        }

        [Tag({|AUN0001:"SC.3.96"|})]
        interface IShape
        {
            [Tag({|AUN0001:"SC.3.97"|})] void Draw();
        }

        [Tag({|AUN0001:"SC.3.98"|})]
        record Point([Tag({|AUN0001:"SC.3.99"|})] int X);

        [Tag({|AUN0001:"SS.1.91"|})]
        struct Pair
        {
            [Tag({|AUN0001:"SS.1.92"|})] public int Left;
        }
        """ + Tag);

    [Fact]
    public Task Attributes_inside_bodies_are_checked_once() => Verify.VerifyAsync("""
        using System;

        class C
        {
            void M()
            {
                [Tag({|AUN0001:"SS.2.91"|})]
                [return: Tag(Line = {|AUN0001:"SS.2.92"|})]
                static int Local<[Tag({|AUN0001:"SS.2.93"|})] T>([Tag({|AUN0001:"SS.2.94"|})] int x) => x;

                Func<int, int> f = [Tag({|AUN0001:"SS.2.95"|})] ([Tag({|AUN0001:"SS.2.96"|})] int y) => Local<int>(y);
                _ = f(1);
            }
        }
        """ + Tag);

    [Fact]
    public Task Valid_codes_in_every_place_are_left_alone() => Verify.VerifyAsync("""
        [Tag(AseanUn.ActionLineCodes.Children)]
        class C
        {
            [Tag(Line = AseanUn.ActionLineCodes.Children)]
            void M()
            {
                [Tag(AseanUn.ActionLineCodes.Children)]
                static void Local() { }
            }
        }
        """ + Tag);
}
