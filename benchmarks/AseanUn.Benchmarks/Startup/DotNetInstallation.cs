using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace AseanUn.Benchmarks.Startup;

/// <summary>Finds the .NET installation this process runs on: its <c>dotnet</c> host and its newest SDK.</summary>
public static class DotNetInstallation
{
    /// <summary>Gets the installation's root folder: the runtime lives in <c>shared/Microsoft.NETCore.App/&lt;version&gt;</c> below it.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>Gets the path of the <c>dotnet</c> host of this installation.</summary>
    public static string Host { get; } = Path.Combine(Root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>Returns the folder of the newest SDK that <c>dotnet --list-sdks</c> reports.</summary>
    /// <exception cref="InvalidOperationException">The host lists no SDK.</exception>
    public static string NewestSdk()
    {
        // Lines read "10.0.401 [/usr/share/dotnet/sdk]".
        var sdks = Run(Host, "--list-sdks")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (Version: line[..line.IndexOf(' ', StringComparison.Ordinal)], Folder: line[(line.IndexOf('[', StringComparison.Ordinal) + 1)..^1]))
            .OrderBy(sdk => Version.Parse(sdk.Version.Split('-')[0]))
            .ToList();
        return sdks.Count > 0
            ? Path.Combine(sdks[^1].Folder, sdks[^1].Version)
            : throw new InvalidOperationException($"'{Host} --list-sdks' lists no SDK.");
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">The process exits with a non-zero code.</exception>
    public static string Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}: {error.Result}");
    }
}
