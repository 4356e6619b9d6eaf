using System;
using System.IO;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Tests;

/// <summary>The outcome of one in-process run of the explorer: exit code, standard output and standard error.</summary>
internal sealed record ExplorerRun(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the lines of standard output, without the final empty one.</summary>
    public string[] Lines => Output.Split('\n')[..^1];

    /// <summary>Runs the explorer on the built-in dataset as if its output were redirected (plain layout).</summary>
    public static ExplorerRun Of(params string[] args) => In(OutputLayout.Plain, 120, args);

    /// <summary>Runs the explorer with <paramref name="input"/> as its standard input.</summary>
    public static ExplorerRun WithInput(Stream input, params string[] args) => Run(OutputLayout.Plain, 120, () => input, args);

    /// <summary>Runs the explorer on <paramref name="dataset"/> instead of the built-in one (plain layout).</summary>
    public static ExplorerRun On(PartnershipDataset dataset, params string[] args) => Run(OutputLayout.Plain, 120, null, args, dataset);

    /// <summary>Runs the explorer with the given layout on a console <paramref name="width"/> columns wide.</summary>
    public static ExplorerRun In(OutputLayout layout, int width, params string[] args) => Run(layout, width, null, args);

    private static ExplorerRun Run(OutputLayout layout, int width, Func<Stream>? input, string[] args, PartnershipDataset? dataset = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ExplorerApp.Run(args, new ExplorerContext(output, error, layout, width, dataset ?? Partnership.Current, RepositoryRoot.Path, input));
        return new ExplorerRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Asserts the run failed with <paramref name="exitCode"/>, wrote nothing to standard output and one line to standard error.</summary>
    public string AssertFailed(int exitCode)
    {
        Assert.Equal(exitCode, ExitCode);
        Assert.Equal("", Output);
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("aseanun: ", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>Asserts the run succeeded and wrote nothing to standard error.</summary>
    public ExplorerRun AssertOk()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}: {Error}");
        Assert.Equal("", Error);
        return this;
    }
}
