using System;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>Ends a command with an exit code and a one-line message for standard error.</summary>
internal sealed class ExplorerException(int exitCode, string message) : Exception(message)
{
    /// <summary>Gets the exit code the explorer returns.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>Something asked for is not in the dataset (exit code 1).</summary>
    public static ExplorerException NotFound(string message) => new(ExitCodes.NotFoundOrInvalid, message);

    /// <summary>A file holds invalid data (exit code 1).</summary>
    public static ExplorerException Invalid(string message) => new(ExitCodes.NotFoundOrInvalid, message);

    /// <summary>The command line is wrong (exit code 2).</summary>
    public static ExplorerException Usage(string message) => new(ExitCodes.Usage, message);
}
