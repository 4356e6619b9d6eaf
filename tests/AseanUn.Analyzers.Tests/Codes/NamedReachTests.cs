using System.Threading.Tasks;
using AseanUn.Analyzers.Codes;
using AseanUn.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

/// <summary>
/// The code rules bind only the syntax where a tree writes the name of a member that can receive a code (or a
/// target-typed <c>new(</c>, <c>base(</c>, <c>this(</c>): every way of reaching a mark is still checked, whether or
/// not the call writes the member's name in the usual place, and generated code is still skipped.
/// </summary>
public sealed class NamedReachTests
{
    private const string Marks = """

        class Base
        {
            public Base([AseanUn.PillarCode] string pillar) { }

            public Base([AseanUn.PillarCode] string pillar, int weight) : this(pillar) { }
        }

        static class Tags
        {
            public static void Line([AseanUn.ActionLineCode] string line) { }

            public static void Check([AseanUn.PillarCode] this string pillar) { }

            public static void Tag(this object target, [AseanUn.ActionLineCode] string line) { }
        }
        """;

    [Fact]
    public Task Target_typed_creations_are_checked() => Verify.VerifyAsync("""
        using AseanUn;

        class C
        {
            private readonly ContributesToAttribute _field = new({|AUN0002:"XX"|});

            static ContributesToAttribute Typed() => new({|AUN0002:"XY"|});

            static ContributesToAttribute[] Listed() => new ContributesToAttribute[] { new({|AUN0002:"XZ"|}) };

            static void Use(ContributesToAttribute attribute) { }

            static void Passed() => Use(new({|AUN0002:"YX"|}, {|AUN0001:"EC.9.9"|}));

            static System.DateTime Unrelated() => new(2000, 1, 1);
        }
        """);

    [Fact]
    public Task Constructor_initializers_are_checked() => Verify.VerifyAsync("""
        class Derived : Base
        {
            Derived() : base({|AUN0002:"XX"|}) { }

            Derived([AseanUn.PillarCode] string pillar, int weight) : base(pillar, weight) { }

            Derived(int weight) : this({|AUN0002:"XY"|}, weight) { }
        }
        """ + Marks);

    [Fact]
    public Task Primary_constructor_base_arguments_are_checked() => Verify.VerifyAsync("""
        class Primary() : Base({|AUN0002:"XX"|});

        record Entry([AseanUn.PillarCode] string Pillar);

        record Child() : Entry({|AUN0002:"XY"|});
        """ + Marks);

    [Fact]
    public Task Calls_in_local_functions_and_lambdas_are_checked() => Verify.VerifyAsync("""
        class C
        {
            void M()
            {
                void Local() => Tags.Line({|AUN0001:"EC.9.9"|});
                System.Action act = () => Tags.Line({|AUN0001:"EC.9.8"|});
                System.Func<int, int> f = static x =>
                {
                    Tags.Line({|AUN0001:"EC.9.7"|});
                    return x;
                };
                Local();
                act();
            }
        }
        """ + Marks);

    [Fact]
    public async Task Top_level_statements_are_checked()
    {
        var test = new Verify.Test { TestCode = "Tags.Line({|AUN0001:\"EC.9.9\"|});\n" + Marks };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_marked_type_named_by_a_using_alias_is_checked_in_every_file()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("Usings.cs", "global using Contributes = AseanUn.ContributesToAttribute;\n"));
        test.TestState.Sources.Add(("Tagged.cs", """
            using Tag = AseanUn.ContributesToAttribute;
            using static Tags;

            [Tag({|AUN0002:"XX"|})]
            [Contributes({|AUN0002:"XY"|})]
            class C
            {
                static Tag Make() => new Tag({|AUN0002:"XZ"|});

                static void M() => Line({|AUN0001:"EC.9.9"|});
            }
            """ + Marks));
        await test.RunAsync();
    }

    [Fact]
    public Task Extension_calls_are_checked_their_receiver_included() => Verify.VerifyAsync("""
        class C
        {
            static void M(object target)
            {
                {|AUN0002:"XX"|}.Check();
                target.Tag({|AUN0001:"EC.9.9"|});
                Tags.Check({|AUN0002:"XY"|});
            }
        }
        """ + Marks);

    [Fact]
    public Task A_delegate_with_a_marked_parameter_is_checked_where_it_is_invoked() => Verify.VerifyAsync("""
        delegate void Tagger([AseanUn.PillarCode] string pillar);

        class C
        {
            Tagger Current { get; } = pillar => { };

            void M() => Current({|AUN0002:"XX"|});
        }
        """);

    [Fact]
    public Task A_marked_method_the_compiler_calls_by_itself_is_checked() => Verify.VerifyAsync("""
        sealed class Lines : System.Collections.Generic.List<string>
        {
            public void Add([AseanUn.ActionLineCode] string line, int weight) => Add(line);
        }

        class C
        {
            static Lines Make() => new() { { {|AUN0001:"EC.9.9"|}, 1 } };
        }
        """);

    [Fact]
    public Task Default_values_are_checked_where_the_compiler_analyses_them() => Verify.VerifyAsync("""
        class C
        {
            static void Member([AseanUn.PillarCode] string pillar = {|AUN0002:"XX"|}) { }

            static void M()
            {
                static void Local([AseanUn.PillarCode] string pillar = "XY") { }
                Local();
            }
        }
        """);

    /// <summary>A library, compiled against AseanUn, whose marked indexer and delegate are read from its metadata.</summary>
    private static readonly CompiledLibrary Unnamed = new("Unnamed", """
        namespace Shelf
        {
            public sealed class Book
            {
                public int this[[AseanUn.ActionLineCode] string line] => line.Length;
            }

            public delegate void Tagger([AseanUn.PillarCode] string pillar);
        }
        """, referencesAseanUn: true);

    [Fact]
    public async Task A_referenced_library_s_marked_indexer_and_delegate_are_checked()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class C
                {
                    static int Read(Shelf.Book book, Shelf.Tagger tag)
                    {
                        tag({|AUN0002:"XX"|});
                        return book[{|AUN0001:"EC.9.9"|}];
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(await Unnamed.ReferenceAsync());
        await test.RunAsync();
    }

    [Fact]
    public Task Assembly_attributes_are_checked() => Verify.VerifyAsync("""
        [assembly: Stamp({|AUN0001:"EC.9.9"|})]

        [System.AttributeUsage(System.AttributeTargets.Assembly)]
        sealed class StampAttribute([AseanUn.ActionLineCode] string line) : System.Attribute
        {
            public string Line { get; } = line;
        }
        """);

    [Fact]
    public async Task A_mark_declared_in_another_file_of_the_consumer_is_checked()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("Use.cs", "class C { static void M() => Board.Pin({|AUN0001:\"EC.9.9\"|}); }"));
        test.TestState.Sources.Add(("Board.cs", "static class Board { public static void Pin([AseanUn.ActionLineCode] string line) { } }"));
        await test.RunAsync();
    }

    [Fact]
    public Task A_method_marked_as_generated_code_is_not_reported() => Verify.VerifyAsync("""
        class C
        {
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            static void Generated() => Tags.Line("EC.9.9");

            static void Written() => Tags.Line({|AUN0001:"EC.9.8"|});
        }
        """ + Marks);

    [Fact]
    public Task A_declaration_in_a_hidden_region_is_not_reported() => Verify.VerifyAsync("""
        class C
        {
        #line hidden
            static void Hidden() => Tags.Line("EC.9.9");
        #line default
            static void Written() => Tags.Line({|AUN0001:"EC.9.8"|});
        }
        """ + Marks);

    [Fact]
    public async Task Code_whose_marks_are_all_named_takes_one_callback_per_tree_and_none_per_operation()
    {
        var run = await AnalyzerRun.RunAsync(["class C { static void M() => Tags.Line(\"EC.9.9\"); }" + Marks], referenceAseanUn: true);

        var telemetry = run.Telemetry[typeof(CodeReferenceAnalyzer)];
        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount);
        Assert.Contains(run.Diagnostics, d => d.Id == "AUN0001");
    }

    [Fact]
    public async Task A_mark_reached_unnamed_keeps_the_callbacks_per_operation()
    {
        var run = await AnalyzerRun.RunAsync(["delegate void Tagger([AseanUn.PillarCode] string pillar);"], referenceAseanUn: true);

        var telemetry = run.Telemetry[typeof(CodeReferenceAnalyzer)];
        Assert.Equal(0, telemetry.SemanticModelActionsCount);
        Assert.True(telemetry.OperationActionsCount > 0);
    }
}
