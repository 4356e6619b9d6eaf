using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace AseanUn.Fuzz;

/// <summary>What a fuzz run did: how many inputs it tried and accepted, and every invariant it saw broken.</summary>
public sealed record FuzzReport(string Target, int Seed, long Inputs, long Accepted, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// An in-process mutational fuzzer: it starts from a target's seeds, keeps accepted inputs as new starting points
/// (a corpus that grows towards valid syntax), and stops after a number of inputs or at a deadline.
/// </summary>
/// <remarks>
/// Every input has a time budget. The library promises work linear in the size of a document, so an input that takes
/// longer than the budget is a failure like a broken invariant: it is reported with its bytes, and since its check
/// cannot be stopped, it is left running and the run ends there.
/// </remarks>
public static class FuzzRun
{
    /// <summary>The budget of one input when none is given: far more than any input of at most 1 MiB needs when the work is linear.</summary>
    public static readonly TimeSpan DefaultInputBudget = TimeSpan.FromSeconds(10);

    private const int MaxCorpus = 4096;
    private const int MaxInputBytes = 1 << 20;

    /// <summary>
    /// Runs <paramref name="target"/> for <paramref name="inputs"/> inputs or until <paramref name="duration"/> has
    /// passed, whichever comes first; an input that runs past <paramref name="inputBudget"/> is a failure and ends the run.
    /// </summary>
    public static FuzzReport Run(IFuzzTarget target, int seed, long inputs, TimeSpan duration, TimeSpan inputBudget)
    {
        var mutator = new Mutator(seed, target.Tokens);
        var corpus = new List<byte[]>(target.Seeds);
        var failures = new List<FuzzFailure>();
        var clock = Stopwatch.StartNew();
        long tried = 0, accepted = 0;
        var overBudget = false;
        foreach (var input in target.Seeds)
        {
            if (!overBudget)
            {
                Try(input);
            }
        }

        while (!overBudget && tried < inputs && clock.Elapsed < duration)
        {
            var input = mutator.Mutate(mutator.Pick(corpus), mutator.Pick(corpus));
            if (input.Length <= MaxInputBytes && Try(input) && corpus.Count < MaxCorpus)
            {
                corpus.Add(input);
            }
        }

        return new FuzzReport(target.Name, seed, tried, accepted, clock.Elapsed, failures);

        bool Try(byte[] input)
        {
            tried++;
            var check = Task.Run(() => (Failure: target.Check(input, out var ok), Accepted: ok));
            if (!check.Wait(inputBudget))
            {
                failures.Add(new FuzzFailure($"the input ran past its time budget of {inputBudget.TotalMilliseconds:N0} ms", input));
                overBudget = true;
                return false;
            }

            var (failure, ok) = check.Result;
            if (failure is not null)
            {
                failures.Add(failure);
            }

            accepted += ok ? 1 : 0;
            return ok;
        }
    }
}
