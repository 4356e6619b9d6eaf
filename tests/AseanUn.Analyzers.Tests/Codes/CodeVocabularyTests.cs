using System.Threading.Tasks;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

public sealed class CodeVocabularyTests
{
    // A library of its own with a vocabulary of three lines, as the AseanUn library compiles itself.
    private const string Vocabulary = """
        namespace AseanUn
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class PillarCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class AreaCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class ActionLineCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Field)]
            public sealed class SupersededByAttribute(string successorCode) : System.Attribute { public string SuccessorCode { get; } = successorCode; }

            public static class PillarCodes { public const string Economic = "EC"; }
            public static class AreaCodes { public const string Development = "EC.4"; }
            public static class ActionLineCodes
            {
                public const string Old = "EC.4.2";
                [SupersededBy(New)] public const string Older = "EC.4.1";
                public const string New = "EC.4.3";
            }

            public static class Tags
            {
                public static void Line([ActionLineCode] string code) { }
            }
        }

        """;

    [Fact]
    public Task The_codes_come_from_the_compilation_and_superseded_lines_are_history_in_the_defining_library()
    {
        var test = new Verify.Test
        {
            TestCode = Vocabulary + """
                class C
                {
                    void M()
                    {
                        AseanUn.Tags.Line(AseanUn.ActionLineCodes.Older);
                        AseanUn.Tags.Line({|AUN0007:"EC.4.3"|});
                        AseanUn.Tags.Line({|AUN0001:"SC.1.2"|});
                    }
                }
                """,
        };

        // Without the real AseanUn, "SC.1.2" is unknown and nothing is superseded in its own library.
        test.TestState.AdditionalReferences.Clear();
        return test.RunAsync();
    }
}
