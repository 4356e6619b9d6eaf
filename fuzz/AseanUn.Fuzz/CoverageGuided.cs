using System;
using System.IO;
using SharpFuzz;

namespace AseanUn.Fuzz;

/// <summary>
/// Runs a target under a coverage-guided fuzzer through SharpFuzz: libFuzzer (with the libfuzzer-dotnet bridge) or
/// AFL++ (afl-fuzz), on an AseanUn.dll instrumented with the <c>sharpfuzz</c> tool (see fuzz/README.md). The fuzzer
/// chooses the inputs from the branches they reach; a broken invariant is thrown, which the fuzzer records as a crash,
/// and the fuzzer's own timeout (<c>-timeout</c>, <c>-t</c>) is the per-input time budget. The target is made inside
/// the fuzzer's callback: instrumented code that runs before the fuzzer has set up its coverage map crashes.
/// </summary>
internal static class CoverageGuided
{
    /// <summary>Runs the target <paramref name="makeTarget"/> makes under libFuzzer.</summary>
    public static void LibFuzzer(Func<IFuzzTarget> makeTarget)
    {
        var target = new Lazy<IFuzzTarget>(makeTarget);
        Fuzzer.LibFuzzer.Run(span => Check(target.Value, span.ToArray()));
    }

    /// <summary>Runs the target <paramref name="makeTarget"/> makes under afl-fuzz.</summary>
    public static void Afl(Func<IFuzzTarget> makeTarget)
    {
        var target = new Lazy<IFuzzTarget>(makeTarget);
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Check(target.Value, bytes.ToArray());
        });
    }

    private static void Check(IFuzzTarget target, byte[] input)
    {
        if (target.Check(input, out _) is { } failure)
        {
            throw new InvalidOperationException(failure.ToString(), failure.Exception);
        }
    }
}
