using System;
using System.IO;
using System.Reflection;
using AseanUn.Explorer.CommandLine;
using AseanUn.Explorer.Commands;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer;

/// <summary>Runs a command line: help and version, then the command, mapping every failure to an exit code and one line on standard error.</summary>
internal static class ExplorerApp
{
    /// <summary>The name the explorer goes by in help and messages: its command when installed as a .NET tool.</summary>
    public const string Name = "aseanun";

    /// <summary>Gets the explorer's version, as <c>--version</c> prints it: the package version, without build metadata.</summary>
    public static string Version =>
        (typeof(ExplorerApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the explorer with <paramref name="args"/>; tests call this in-process with their own context.</summary>
    public static int Run(string[] args, ExplorerContext context)
    {
        try
        {
            return Dispatch(ExplorerFiles.MarkStandardInput(args), context);
        }
        catch (ExplorerException exception)
        {
            return Fail(context, exception.ExitCode, exception.Message);
        }
#pragma warning disable CA1031 // Any other failure is still one line and an exit code, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Fail(context, ExitCodes.NotFoundOrInvalid, exception.Message);
        }
    }

    private static int Dispatch(string[] args, ExplorerContext context)
    {
        switch (args)
        {
            case [] or ["-h" or "--help", ..]:
                context.Out.Write(HelpWriter.Root(ExplorerCommands.All, context.Width));
                return ExitCodes.Ok;
            case ["-v" or "--version"]:
                context.Out.Write(Version + "\n");
                return ExitCodes.Ok;
        }

        var command = ExplorerCommands.Find(args[0]) ?? throw ExplorerException.Usage(args[0].StartsWith('-')
            ? $"Unknown option '{args[0]}': options come after the command; '{Name} --help' lists the commands."
            : $"Unknown command '{args[0]}'; '{Name} --help' lists the commands.");
        var rest = args[1..];
        if (CommandLineParser.AsksForHelp(rest))
        {
            context.Out.Write(HelpWriter.Of(command, context.Width));
            return ExitCodes.Ok;
        }

        // The stack the options name is built once, before the command runs, so no command loads layers itself.
        var settings = CommandLineParser.Parse(command, rest);
        if (settings is StackSettings stack)
        {
            context.UseStack(DatasetStack.Build(context, stack));
        }

        return command.Run(context, settings);
    }

    private static int Fail(ExplorerContext context, int exitCode, string message)
    {
        context.Error.WriteLine($"{Name}: {FirstLine(message)}");
        return exitCode;
    }

    private static string FirstLine(string message)
    {
        using var reader = new StringReader(message.Trim());
        return reader.ReadLine() ?? "";
    }
}
