using System;
using System.Globalization;

namespace AseanUn.Robustness.Tests.Infrastructure;

/// <summary>
/// How much the randomised tests do: a fixed seed and a scale of 1 by default, so every run of the suite tries the same
/// inputs; <c>ASEANUN_ROBUSTNESS_SEED</c> and <c>ASEANUN_ROBUSTNESS_SCALE</c> change them for longer or different runs.
/// </summary>
internal static class RunSize
{
    public const string SeedVariable = "ASEANUN_ROBUSTNESS_SEED";
    public const string ScaleVariable = "ASEANUN_ROBUSTNESS_SCALE";

    /// <summary>Gets the seed of every random generator in the suite.</summary>
    public static int Seed { get; } = Read(SeedVariable, 20170301);

    /// <summary>Gets the factor by which the randomised tests multiply their number of inputs (at least 1).</summary>
    public static int Scale { get; } = Math.Max(1, Read(ScaleVariable, 1));

    /// <summary>Gets <paramref name="baseCount"/> scaled by <see cref="Scale"/>.</summary>
    public static int Times(int baseCount) => checked(baseCount * Scale);

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
