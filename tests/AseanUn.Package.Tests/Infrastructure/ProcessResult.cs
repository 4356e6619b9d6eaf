using System;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>What a child process did: its command line, exit code, interleaved output and how long it took.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Gets whether the process exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Gets the non-empty lines of the output, trimmed.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Gets a one-line summary for the test log.</summary>
    public string Summary => $"{CommandLine} -> exit {ExitCode} in {Elapsed.TotalSeconds:F1} s";

    /// <summary>Returns the summary followed by the whole output, for assertion messages.</summary>
    public override string ToString() => $"{Summary}{Environment.NewLine}{Output}";
}
