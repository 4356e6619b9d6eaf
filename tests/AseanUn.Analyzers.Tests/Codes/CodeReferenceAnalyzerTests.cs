using System.Threading.Tasks;
using Verify = AseanUn.Analyzers.Tests.Verifiers.AnalyzerVerifier<AseanUn.Analyzers.Codes.CodeReferenceAnalyzer>;

namespace AseanUn.Analyzers.Tests.Codes;

public sealed class CodeReferenceAnalyzerTests
{
    [Fact]
    public Task Attribute_with_unknown_line_and_pillar_is_reported() => Verify.VerifyAsync("""
        using AseanUn;

        [ContributesTo({|AUN0002:"XX"|}, {|AUN0001:"PS.1.9"|}, ActionLineCodes.Peacekeeping)]
        sealed class Programme { }
        """);

    [Fact]
    public Task Collection_expression_to_a_marked_params_array_is_checked() => Verify.VerifyAsync("""
        using AseanUn;

        static class Tags
        {
            public static void Tag([ActionLineCode] params string[] lines) { }
            public static void Use() => Tag([ActionLineCodes.Children, {|AUN0001:"SC.1.9"|}]);
        }
        """);
}
