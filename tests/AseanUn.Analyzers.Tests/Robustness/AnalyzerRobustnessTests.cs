using System.Linq;
using System.Threading.Tasks;
using AseanUn.Analyzers.Codes;
using AseanUn.Analyzers.Dataset;
using AseanUn.Analyzers.Tests.Verifiers;

namespace AseanUn.Analyzers.Tests.Robustness;

public sealed class AnalyzerRobustnessTests
{
    [Fact]
    public async Task Without_AseanUn_the_analyzers_register_nothing_and_report_nothing()
    {
        // Look-alike attributes in another namespace must not switch the rules on.
        const string Source = """
            namespace Other;

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            sealed class ActionLineCodeAttribute : System.Attribute { }

            static class Tags
            {
                public static void Line([ActionLineCode] string code) { }
                public static void Use() => Line("ZZ.9.9");
            }
            """;

        var run = await AnalyzerRun.RunAsync([Source], referenceAseanUn: false);

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Diagnostics);
        Assert.All(AnalyzerRun.AllAnalyzers, analyzer =>
        {
            Assert.Equal(1, run.Telemetry[analyzer.GetType()].CompilationStartActionsCount);
            Assert.Equal(0, run.RegisteredCallbacks(analyzer.GetType()));
        });
    }

    [Fact]
    public async Task A_consumer_of_AseanUn_gets_the_code_rules_but_never_the_dataset_rules()
    {
        // Dataset-like mistakes in a consumer's own code are the consumer's business; code mistakes are reported.
        const string Source = """
            using AseanUn;
            using AseanUn.Dates;
            using AseanUn.Model;

            [ContributesTo(PillarCodes.SocioCultural, "SC.9.9")]
            static class Mine
            {
                public static Pillar[] Records() =>
                [
                    new Pillar { Id = "a", Name = "A", Sources = [] },
                    new Pillar { Id = "a", Name = "A", Sources = [] },
                ];

                public static PartialDate Range() => PartialDate.Years(2020, 2016);
            }
            """;

        var run = await AnalyzerRun.RunAsync([Source], referenceAseanUn: true);

        Assert.Empty(run.Exceptions);
        Assert.Equal(["AUN0001"], run.Diagnostics.Select(d => d.Id));
        Assert.True(run.RegisteredCallbacks(typeof(CodeReferenceAnalyzer)) > 0);
        Assert.Equal(0, run.RegisteredCallbacks(typeof(RecordIdAnalyzer)));
        Assert.Equal(0, run.RegisteredCallbacks(typeof(DateConstantAnalyzer)));
        Assert.Equal(0, run.RegisteredCallbacks(typeof(SourceCitationAnalyzer)));
        Assert.Equal(0, run.RegisteredCallbacks(typeof(InferenceReasonAnalyzer)));
    }
}
