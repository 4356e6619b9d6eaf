using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// Runs <c>dotnet</c> (or a published program) as a child process with an environment cleaned of the test host's
/// MSBuild settings, so that the child behaves as it would for a developer at a terminal.
/// </summary>
public static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Gets the <c>dotnet</c> host that runs the tests, falling back to the one on the PATH.</summary>
    public static string DotnetHost { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, environment, arguments);

    /// <summary>Runs <paramref name="program"/> and waits for it, killing it and its children after a timeout.</summary>
    public static ProcessResult Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(program, workingDirectory, environment, Timeout, arguments);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/>, as <see cref="Dotnet(string, IReadOnlyDictionary{string, string}?, string[])"/>
    /// does, allowing it <paramref name="timeout"/> instead of the usual five minutes.
    /// </summary>
    public static ProcessResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, environment, timeout, arguments);

    private static ProcessResult Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start.Environment, environment);

        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        var commandLine = string.Join(' ', arguments.Prepend(Path.GetFileName(program)));
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{commandLine} did not finish within {timeout.TotalMinutes} minutes:{Environment.NewLine}{output}");
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(commandLine, process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    private static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? extra)
    {
        // The test host may run inside an MSBuild-launched process; its MSBuild variables would steer the child's
        // SDK resolution and logging, so they go.
        foreach (var key in target.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            target.Remove(key);
        }

        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        target["DOTNET_CLI_UI_LANGUAGE"] = "en";
        target["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            target[key] = value;
        }
    }
}
