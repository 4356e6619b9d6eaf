using AseanUn.Explorer.Commands;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// Builds the stack the global options name (<see cref="StackSettings"/>) once the command line is parsed and before
/// any command runs, so every command reads <see cref="ExplorerContext.Dataset"/> and none loads layers itself.
/// </summary>
internal sealed class StackInterceptor(ExplorerContext context) : ICommandInterceptor
{
    /// <inheritdoc/>
    public void Intercept(CommandContext commandContext, CommandSettings settings)
    {
        if (settings is StackSettings stack)
        {
            context.UseStack(DatasetStack.Build(context, stack));
        }
    }
}
