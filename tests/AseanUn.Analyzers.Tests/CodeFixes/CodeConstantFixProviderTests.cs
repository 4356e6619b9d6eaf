using System.Threading.Tasks;
using AseanUn.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Test = AseanUn.Analyzers.Tests.Verifiers.CodeFixVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer, AseanUn.CodeFixes.CodeConstantFixProvider>.Test;

namespace AseanUn.Analyzers.Tests.CodeFixes;

public sealed class CodeConstantFixProviderTests
{
    private const string Api = """

        static class Tags
        {
            public static void Line([AseanUn.ActionLineCode] string code) { }
            public static void Pillar([AseanUn.PillarCode] string code) { }
        }
        """;

    private const string ThreeUnknownCodes = """
        using AseanUn;

        class C
        {
            void M()
            {
                Tags.Line({|AUN0001:"SC.1.9"|});
                Tags.Line({|AUN0001:"EC.3.9"|});
                Tags.Line({|AUN0001:"PS.1.7"|});
            }
        }
        """ + Api;

    [Fact]
    public Task Unknown_line_is_replaced_by_the_nearest_line_and_the_namespace_imported() => new Test
    {
        TestCode = "class C { void M() => Tags.Line({|AUN0001:\"PS.1.9\"|}); }" + Api,
        FixedCode = "using AseanUn;\n\nclass C { void M() => Tags.Line(ActionLineCodes.Disarmament); }" + Api,
        BatchFixedCode = "class C { void M() => Tags.Line({|AUN0001:\"PS.1.9\"|}); }" + Api,
        BatchFixedState = { MarkupHandling = MarkupMode.Allow },
    }.RunAsync();

    [Fact]
    public Task Each_suggestion_is_its_own_action() => new Test
    {
        TestCode = "class C { void M() => Tags.Line({|AUN0001:\"PS.1.9\"|}); }" + Api,
        FixedCode = "using AseanUn;\n\nclass C { void M() => Tags.Line(ActionLineCodes.Mediation); }" + Api,
        BatchFixedCode = "class C { void M() => Tags.Line({|AUN0001:\"PS.1.9\"|}); }" + Api,
        BatchFixedState = { MarkupHandling = MarkupMode.Allow },
        CodeActionIndex = 2,
        CodeActionEquivalenceKey = "AUN0001#2",
    }.RunAsync();

    [Fact]
    public Task Fix_all_changes_none_of_three_unknown_codes_since_their_suggestions_are_guesses() => new Test
    {
        TestCode = ThreeUnknownCodes,
        // One by one, each code takes the action chosen for it…
        FixedCode = ThreeUnknownCodes
            .Replace("{|AUN0001:\"SC.1.9\"|}", "ActionLineCodes.MigrantWorkers")
            .Replace("{|AUN0001:\"EC.3.9\"|}", "ActionLineCodes.GreenhouseGasReduction")
            .Replace("{|AUN0001:\"PS.1.7\"|}", "ActionLineCodes.Disarmament"),
        // …but Fix All applies no guess: the document stays as it was, and still fails the build.
        BatchFixedCode = ThreeUnknownCodes,
        BatchFixedState = { MarkupHandling = MarkupMode.Allow },
        CodeActionEquivalenceKey = "AUN0001#0",
    }.RunAsync();

    [Fact]
    public Task Fix_all_applies_only_the_fixes_that_cannot_change_meaning() => new Test
    {
        TestCode = """
            using AseanUn;

            class C
            {
                void M()
                {
                    Tags.Line({|AUN0005:"ps-1-02"|});
                    Tags.Line({|AUN0005:"sc 1 2"|});
                    Tags.Line({|AUN0001:"PS.1.9"|});
                }
            }
            """ + Api,
        FixedCode = """
            using AseanUn;

            class C
            {
                void M()
                {
                    Tags.Line(ActionLineCodes.Peacekeeping);
                    Tags.Line(ActionLineCodes.Children);
                    Tags.Line({|AUN0001:"PS.1.9"|});
                }
            }
            """ + Api,
        FixedState = { MarkupHandling = MarkupMode.Allow },
        CodeActionEquivalenceKey = "AUN0005#0",
    }.RunAsync();

    [Fact]
    public Task Literals_become_typed_constants_and_fix_all_does_the_whole_document() => new Test
    {
        TestState =
        {
            Sources =
            {
                """
                namespace Mine;

                [AseanUn.ContributesTo({|AUN0007:"SC"|}, {|AUN0007:"SC.1.2"|}, {|AUN0007:"SC.1.3"|})]
                sealed class Programme { }
                """,
            },
        },
        FixedState =
        {
            Sources =
            {
                """
                using AseanUn;

                namespace Mine;

                [AseanUn.ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Children, ActionLineCodes.PublicHealth)]
                sealed class Programme { }
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public Task Malformed_code_is_replaced_by_its_normalised_constant() => new Test
    {
        TestCode = "using AseanUn;\n\nclass C { void M() => Tags.Line({|AUN0005:\"ps-1-02\"|}); }" + Api,
        FixedCode = "using AseanUn;\n\nclass C { void M() => Tags.Line(ActionLineCodes.Peacekeeping); }" + Api,
    }.RunAsync();

    [Fact]
    public async Task Superseded_line_is_replaced_by_its_successor()
    {
        // The real vocabulary has no superseded line; a library version that marks one stands in for it.
        var test = new Test
        {
            TestCode = "using AseanUn;\n\nclass C { void M() => Tags.Line({|AUN0006:ActionLineCodes.MdgAcceleration|}); }" + Api,
            FixedCode = "using AseanUn;\n\nclass C { void M() => Tags.Line(ActionLineCodes.Agenda2030Complementarity); }" + Api,
        };
        var vocabulary = await SupersededVocabulary.ReferenceAsync();
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.Add(vocabulary);
        await test.RunAsync();
    }

    [Fact]
    public Task A_code_with_no_suggestion_offers_no_fix() => new Test
    {
        TestCode = "class C { void M() => Tags.Line({|AUN0001:\"ZZ.7.7\"|}); }" + Api,
        FixedCode = "class C { void M() => Tags.Line({|AUN0001:\"ZZ.7.7\"|}); }" + Api,
    }.RunAsync();
}
