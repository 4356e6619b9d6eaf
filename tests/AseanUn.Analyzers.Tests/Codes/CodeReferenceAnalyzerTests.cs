using System.Threading.Tasks;
using AseanUn.Analyzers;
using AseanUn.Analyzers.Tests.Verifiers;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

public sealed class CodeReferenceAnalyzerTests
{
    // A consumer's own API, marked like the library's.
    private const string Api = """

        static class Tags
        {
            public static void Line([AseanUn.ActionLineCode] string code) { }
            public static void Lines([AseanUn.ActionLineCode] params string[] codes) { }
            public static void Pillar([AseanUn.PillarCode] string code) { }
            public static void Area([AseanUn.AreaCode] string code) { }
            public static void InArea([AseanUn.AreaCode] string area, [AseanUn.ActionLineCode] string line) { }
            public static void Log(string text) { }
        }

        sealed class WorkItem
        {
            [AseanUn.PillarCode] public string? Pillar { get; set; }
            [AseanUn.ActionLineCode] public string[] Lines { get; set; } = [];
            [AseanUn.ActionLineCode] public string? Line;
        }

        [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
        sealed class TagAttribute : System.Attribute
        {
            [AseanUn.ActionLineCode] public string? Line { get; set; }
            [AseanUn.PillarCode] public string? Pillar { get; set; }
        }
        """;

    [Fact]
    public Task Attribute_with_unknown_line_and_pillar_is_reported() => Verify.VerifyAsync("""
        using AseanUn;

        [ContributesTo({|AUN0002:"XX"|}, {|AUN0001:"PS.1.9"|}, ActionLineCodes.Peacekeeping)]
        sealed class Programme { }
        """);

    [Fact]
    public Task Codes_passed_to_a_marked_indexer_are_checked_however_the_indexer_is_written() => Verify.VerifyAsync(
        """
        sealed class Board
        {
            public int this[[AseanUn.ActionLineCode] string line] { get => 0; set { } }
            public int this[int row, [AseanUn.PillarCode] string pillar] => row;
            public int this[int row] { get => row; set { } }
        }

        class C
        {
            int M(Board board, Board? maybe, string[] names)
            {
                board[{|AUN0001:"PS.1.9"|}] = board[1, {|AUN0002:"XX"|}];
                var copy = new Board { [{|AUN0005:"ps.1.1"|}] = 2, [0] = 3 };
                var row = board[3] + names[0].Length;
                return (maybe?[{|AUN0001:"SC.9.9"|}] ?? 0) + board[AseanUn.ActionLineCodes.Peacekeeping];
            }
        }
        """);

    [Fact]
    public Task Unknown_action_line_suggests_the_nearest_lines_of_the_same_area() => Verify.VerifyAsync(
        "class C { void M() => Tags.Line({|#0:\"PS.1.9\"|}); }" + Api,
        Verify.Diagnostic(Descriptors.UnknownActionLineCode).WithLocation(0)
            .WithMessage("'PS.1.9' is not an action-line code; did you mean 'PS.1.6', 'PS.1.5' or 'PS.1.4'?"));

    [Fact]
    public Task Unknown_action_line_far_from_every_code_suggests_nothing() => Verify.VerifyAsync(
        "class C { void M() => Tags.Line({|#0:\"ZZ.7.7\"|}); }" + Api,
        Verify.Diagnostic(Descriptors.UnknownActionLineCode).WithLocation(0).WithMessage("'ZZ.7.7' is not an action-line code"));

    [Fact]
    public Task Unknown_pillar_suggests_the_nearest_or_lists_them_all() => Verify.VerifyAsync(
        "class C { void M() { Tags.Pillar({|#0:\"PX\"|}); Tags.Pillar({|#1:\"ZZ\"|}); } }" + Api,
        Verify.Diagnostic(Descriptors.UnknownPillarCode).WithLocation(0).WithMessage("'PX' is not a pillar code; did you mean 'PS'?"),
        Verify.Diagnostic(Descriptors.UnknownPillarCode).WithLocation(1)
            .WithMessage("'ZZ' is not a pillar code; the pillars are 'EC', 'PS', 'SC' and 'SS'"));

    [Fact]
    public Task Pillar_named_by_its_constant_name_suggests_that_pillar() => Verify.VerifyAsync(
        "class C { void M() => Tags.Pillar({|#0:\"Economic\"|}); }" + Api,
        Verify.Diagnostic(Descriptors.MalformedCode).WithLocation(0)
            .WithMessage("'Economic' is not a well-formed pillar code, which looks like 'SC'; did you mean 'EC'?"));

    [Fact]
    public Task Unknown_area_is_reported_with_suggestions() => Verify.VerifyAsync(
        "class C { void M() => Tags.Area({|#0:\"SC.4\"|}); }" + Api,
        Verify.Diagnostic(Descriptors.UnknownAreaCode).WithLocation(0)
            .WithMessage("'SC.4' is not an area code; did you mean 'SC.3', 'SC.2' or 'SC.1'?"));

    [Fact]
    public Task Constants_and_constant_expressions_are_checked_where_they_are_used() => Verify.VerifyAsync("""
        class C
        {
            const string Area = "SC.1";
            const string Pillar = "SC";
            const string Wrong = "SC.1.9";
            void M()
            {
                Tags.Line({|AUN0001:Wrong|});
                Tags.Line({|AUN0001:Area + ".8"|});
                Tags.Line({|AUN0001:$"{Pillar}.3.9"|});
                Tags.Line(Area + ".2");
                Tags.Line($"{Pillar}.1.3");
            }
        }
        """ + Api);

    [Fact]
    public Task Named_attribute_arguments_and_nested_attribute_uses_are_checked() => Verify.VerifyAsync("""
        [Tag(Line = {|AUN0001:"SC.1.9"|}, Pillar = AseanUn.PillarCodes.SocioCultural)]
        class Outer
        {
            [Tag(Pillar = {|AUN0002:"XY"|})]
            sealed class Inner
            {
                [Tag(Line = {|AUN0001:"EC.9.1"|})]
                void M()
                {
                    [Tag(Line = {|AUN0001:"SS.1.7"|})]
                    static void Local() { }
                }
            }
        }
        """ + Api);

    [Fact]
    public Task Attribute_lines_outside_the_stated_pillar_are_reported() => Verify.VerifyAsync(
        """
        using AseanUn;

        [ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Children, {|#0:ActionLineCodes.FoodSecurity|})]
        sealed class Programme { }

        [ContributesTo(PillarCodes.Economic, ActionLineCodes.FoodSecurity, ActionLineCodes.EnergySecurity)]
        sealed class Valid { }
        """,
        Verify.Diagnostic(Descriptors.CodeNotUnderStatedParent).WithLocation(0).WithMessage("Action line 'EC.3.1' is not under pillar 'SC'"));

    [Fact]
    public Task Lines_outside_the_stated_area_and_initialisers_outside_the_pillar_are_reported() => Verify.VerifyAsync(
        """
        using AseanUn;

        class C
        {
            void M()
            {
                Tags.InArea(AreaCodes.CultureAndEducation, {|#0:ActionLineCodes.Children|});
                Tags.InArea(AreaCodes.CultureAndEducation, ActionLineCodes.Education);
                _ = new WorkItem { Pillar = PillarCodes.Economic, Lines = [ActionLineCodes.FoodSecurity, {|#1:ActionLineCodes.Peacekeeping|}] };
            }
        }
        """ + Api,
        Verify.Diagnostic(Descriptors.CodeNotUnderStatedParent).WithLocation(0).WithMessage("Action line 'SC.1.2' is not under area 'SC.3'"),
        Verify.Diagnostic(Descriptors.CodeNotUnderStatedParent).WithLocation(1).WithMessage("Action line 'PS.1.2' is not under pillar 'EC'"));

    [Fact]
    public Task Marked_members_are_checked_in_every_way_a_constant_reaches_them() => Verify.VerifyAsync("""
        class C
        {
            [AseanUn.ActionLineCode] string _field = {|AUN0001:"SC.1.8"|};
            [AseanUn.PillarCode] string Prop { get; } = {|AUN0002:"QQ"|};

            void Defaulted([AseanUn.ActionLineCode] string line = {|AUN0001:"EC.3.9"|}) { }

            void M(WorkItem item)
            {
                Defaulted();
                item.Pillar = {|AUN0002:"XQ"|};
                item.Line = {|AUN0001:"SS.2.1"|};
                item.Lines = [AseanUn.ActionLineCodes.Children, {|AUN0001:"SC.1.0.1"|}];
                _ = new WorkItem { Lines = new[] { {|AUN0001:"EC.1.9"|} } };
                Tags.Lines(AseanUn.ActionLineCodes.Children, {|AUN0001:"SC.1.9"|});
                Tags.Lines(new[] { {|AUN0001:"SC.2.9"|} });
                Tags.Lines([{|AUN0001:"SC.3.9"|}]);
            }
        }
        """.Replace("\"SC.1.0.1\"", "\"SC.1.10\"", System.StringComparison.Ordinal) + Api);

    [Fact]
    public Task Unmarked_places_and_non_constant_values_are_left_alone() => Verify.VerifyAsync("""
        class C
        {
            string NotMarked { get; set; } = "ZZ.9.9";

            void M(string input)
            {
                Tags.Log("ZZ.9.9");
                Tags.Line(input);
                Tags.Line(input + ".1");
                Tags.Line(null!);
                NotMarked = "XX";
            }
        }
        """ + Api);

    [Theory]
    [InlineData("ps.1.2", "; did you mean 'PS.1.2'?")]
    [InlineData("PS-1-2", "; did you mean 'PS.1.2'?")]
    [InlineData("PS.01.2", "; did you mean 'PS.1.2'?")]
    [InlineData(" PS.1.2 ", "; did you mean 'PS.1.2'?")]
    [InlineData("PS1.2", "; did you mean 'PS.1.2'?")]
    [InlineData("ps.1.9", "; did you mean 'PS.1.6', 'PS.1.5' or 'PS.1.4'?")]
    [InlineData("PS.1", "; did you mean 'PS.1.1', 'PS.2.1' or 'PS.1.2'?")]
    [InlineData("", "")]
    public Task Malformed_action_line_is_reported_with_its_normalised_form(string value, string suggestion) => Verify.VerifyAsync(
        "class C { void M() => Tags.Line({|#0:\"" + value + "\"|}); }" + Api,
        Verify.Diagnostic(Descriptors.MalformedCode).WithLocation(0)
            .WithMessage($"'{value}' is not a well-formed action-line code, which looks like 'SC.1.2'{suggestion}"));

    [Fact]
    public Task Code_of_a_deeper_level_suggests_its_ancestor() => Verify.VerifyAsync(
        "class C { void M() { Tags.Pillar({|#0:\"SC.1.2\"|}); Tags.Area({|#1:\"sc.3.2\"|}); } }" + Api,
        Verify.Diagnostic(Descriptors.MalformedCode).WithLocation(0)
            .WithMessage("'SC.1.2' is not a well-formed pillar code, which looks like 'SC'; did you mean 'SC'?"),
        Verify.Diagnostic(Descriptors.MalformedCode).WithLocation(1)
            .WithMessage("'sc.3.2' is not a well-formed area code, which looks like 'SC.1'; did you mean 'SC.3'?"));

    [Fact]
    public async Task Superseded_line_is_a_warning_naming_its_successor()
    {
        // The real vocabulary has no superseded line; a library version that marks one stands in for it.
        var test = new Verify.Test
        {
            TestCode = """
                using AseanUn;

                [ContributesTo(PillarCodes.Economic, {|#0:ActionLineCodes.MdgAcceleration|}, {|#1:"EC.4.2"|}, ActionLineCodes.Agenda2030Complementarity)]
                sealed class Programme { }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.Add(await SupersededVocabulary.ReferenceAsync());
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.SupersededActionLine).WithLocation(0).WithMessage("Action line 'EC.4.2' has been superseded by 'EC.5.1'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.SupersededActionLine).WithLocation(1).WithMessage("Action line 'EC.4.2' has been superseded by 'EC.5.1'"));
        await test.RunAsync();
    }

    [Fact]
    public Task Literal_that_is_a_known_code_suggests_its_constant() => Verify.VerifyAsync(
        """
        using AseanUn;

        class C
        {
            const string Named = "SC.1.2";

            [ContributesTo({|#0:"SC"|}, Named, ActionLineCodes.PublicHealth)]
            void M() => Tags.Area({|#1:"SC.3"|});
        }
        """ + Api,
        Verify.Diagnostic(Descriptors.PreferTypedConstant).WithLocation(0).WithMessage("Use PillarCodes.SocioCultural instead of the literal 'SC'"),
        Verify.Diagnostic(Descriptors.PreferTypedConstant).WithLocation(1).WithMessage("Use AreaCodes.CultureAndEducation instead of the literal 'SC.3'"));

    [Fact]
    public Task Marked_parameter_of_an_overridden_method_is_checked_at_the_override() => Verify.VerifyAsync("""
        abstract class Base
        {
            public abstract void Tag([AseanUn.ActionLineCode] string line);
        }

        sealed class Derived : Base
        {
            public override void Tag(string line) { }
            void M() => Tag({|AUN0001:"SC.1.9"|});
        }
        """);
}
