using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace AseanUn.Fuzz;

/// <summary>What a fuzz run did: how many inputs it tried and accepted, and every invariant it saw broken.</summary>
public sealed record FuzzReport(string Target, int Seed, long Inputs, long Accepted, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// An in-process mutational fuzzer: it starts from a target's seeds, keeps accepted inputs as new starting points
/// (a corpus that grows towards valid syntax), and stops after a number of inputs or at a deadline.
/// </summary>
public static class FuzzRun
{
    private const int MaxCorpus = 4096;
    private const int MaxInputBytes = 1 << 20;

    /// <summary>Runs <paramref name="target"/> for <paramref name="inputs"/> inputs or until <paramref name="duration"/> has passed, whichever comes first.</summary>
    public static FuzzReport Run(IFuzzTarget target, int seed, long inputs, TimeSpan duration)
    {
        var mutator = new Mutator(seed, target.Tokens);
        var corpus = new List<byte[]>(target.Seeds);
        var failures = new List<FuzzFailure>();
        var clock = Stopwatch.StartNew();
        long tried = 0, accepted = 0;
        foreach (var input in target.Seeds)
        {
            Try(input);
        }

        while (tried < inputs && clock.Elapsed < duration)
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
            var failure = target.Check(input, out var ok);
            if (failure is not null)
            {
                failures.Add(failure);
            }

            accepted += ok ? 1 : 0;
            return ok;
        }
    }
}
