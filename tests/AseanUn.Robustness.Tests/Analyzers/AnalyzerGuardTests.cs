using System;
using System.Reflection;
using AseanUn.Analyzers;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// The analyzer tests mean something only if a rule's exception reaches them: the shipped analyzers absorb exceptions
/// so a build never breaks, and the build these tests load must be the one that lets them through.
/// </summary>
public sealed class AnalyzerGuardTests
{
    [Fact]
    public void The_analyzers_under_test_let_a_rule_s_exception_through()
    {
        var wrap = typeof(AseanUnAnalyzer).Assembly.GetType("AseanUn.Analyzers.AnalyzerGuard", throwOnError: true)!
            .GetMethod("Wrap", BindingFlags.Public | BindingFlags.Static)!
            .MakeGenericMethod(typeof(object));
        var guarded = (Action<object>)wrap.Invoke(null, [new Action<object>(_ => throw new InvalidOperationException("a defect in a rule"))])!;

        var exception = Assert.Throws<InvalidOperationException>(() => guarded(new object()));

        Assert.Equal("a defect in a rule", exception.Message);
    }
}
