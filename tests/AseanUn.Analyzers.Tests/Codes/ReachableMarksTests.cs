using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Analyzers.Codes;
using AseanUn.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

/// <summary>
/// Which operations the code rules ask for: calls and creations always, property references only where an indexer is
/// marked and assignments only where a property or field is — so that ordinary code, which has neither, costs no
/// callback for its commonest operations — and never fewer than a mark needs.
/// </summary>
public sealed class ReachableMarksTests
{
    private const string Everyday = """
        using System.Collections.Generic;
        using System.Linq;

        // An [ActionLineCode] in a comment marks nothing, nor does "[PillarCode]" in a string.
        sealed class Orders
        {
            private readonly Dictionary<int, string> _names = new();
            private int _count;

            public string Describe(int id) => _names.TryGetValue(id, out var name) ? name.Trim() : "[PillarCode]";

            public void Count(IEnumerable<string> tags) => _count = tags.Count(t => t.Length > 2);

            public int Reach(AseanUn.PartnershipDataset dataset) => dataset.AreasOf(AseanUn.PillarCodes.Economic).Count;
        }
        """;

    [Fact]
    public async Task Code_that_marks_nothing_asks_for_neither_property_references_nor_assignments()
    {
        var reachable = await ReachableAsync(Everyday);

        Assert.False(reachable.Indexers);
        Assert.False(reachable.PropertiesOrFields);
        Assert.True(reachable.AllNamed);
        Assert.Contains("AreasOf", reachable.Names);
        Assert.Contains("ContributesTo", reachable.Names);
    }

    [Fact]
    public async Task A_marked_property_asks_for_assignments_only()
    {
        var reachable = await ReachableAsync(Everyday + "sealed class Programme { [AseanUn.ActionLineCode] public string? Line { get; set; } }");

        Assert.False(reachable.Indexers);
        Assert.True(reachable.PropertiesOrFields);
    }

    [Fact]
    public async Task A_marked_indexer_asks_for_property_references()
    {
        var reachable = await ReachableAsync(Everyday + "sealed class Book { public int this[[AseanUn.ActionLineCode] string line] => line.Length; }");

        Assert.True(reachable.Indexers);
        Assert.False(reachable.AllNamed);
    }

    [Fact]
    public async Task A_mark_given_another_name_asks_for_everything()
    {
        var reachable = await ReachableAsync("using Line = AseanUn.ActionLineCodeAttribute;\nstatic class Tags { public static void Tag([Line] string code) { } }");

        Assert.True(reachable.Indexers);
        Assert.True(reachable.PropertiesOrFields);
        Assert.False(reachable.AllNamed);
    }

    [Fact]
    public async Task A_method_the_compiler_calls_by_itself_cannot_be_found_by_name()
    {
        var reachable = await ReachableAsync(Everyday + "sealed class Lines : System.Collections.Generic.List<string> { public void Add([AseanUn.ActionLineCode] string line, int weight) { } }");

        Assert.False(reachable.AllNamed);
    }

    [Fact]
    public async Task A_marked_constructor_in_source_is_named_by_its_type_and_reached_by_constructor_initializers()
    {
        var reachable = await ReachableAsync(Everyday + "class Tagged { public Tagged([AseanUn.PillarCode] string pillar) { } }");

        Assert.True(reachable.AllNamed);
        Assert.True(reachable.InitializedConstructors);
        Assert.Contains("Tagged", reachable.Names);
    }

    [Fact]
    public Task A_mark_written_with_a_unicode_escape_still_has_its_assignments_checked() => Verify.VerifyAsync("""
        sealed class Programme
        {
            [AseanUn.\u0041ctionLineCode] public string? Line { get; set; }

            static void Set(Programme programme) => programme.Line = {|AUN0001:"EC.9.9"|};
        }
        """);

    [Fact]
    public Task A_marked_indexer_in_source_is_still_checked() => Verify.VerifyAsync("""
        sealed class Book
        {
            public int this[[AseanUn.ActionLineCode] string line] => line.Length;

            static int Read(Book book) => book[{|AUN0001:"EC.9.9"|}];
        }
        """);

    private static async Task<ReachableMarks> ReachableAsync(string source)
    {
        var references = (await TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).ToList();
        references.Add(TestReferences.AseanUn);
        references.Add(TestReferences.NodaTime);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var places = MarkedPlaces.TryCreate(compilation);
        Assert.NotNull(places);
        return ReachableMarks.Of(compilation, places!);
    }
}
