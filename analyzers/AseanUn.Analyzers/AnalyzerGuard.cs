using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers;

/// <summary>
/// Runs a callback so that a defect in a rule never breaks a build (no AD0001): the callback's work is lost, the build
/// goes on. Debug builds let the exception through so the tests see it.
/// </summary>
internal static class AnalyzerGuard
{
    public static Action<TContext> Wrap<TContext>(Action<TContext> callback) => context =>
    {
        try
        {
            callback(context);
        }
        catch (Exception exception) when (ShouldSwallow(exception))
        {
        }
    };

    /// <summary>Gets whether a failure is absorbed; cancellation always propagates.</summary>
    private static bool ShouldSwallow(Exception exception)
    {
#if DEBUG
        return false;
#else
        return exception is not OperationCanceledException;
#endif
    }
}
