using System.IO;
using System.Text;
using AseanUn.Rules;

namespace AseanUn.Explorer.Infrastructure;

/// <summary>
/// A writer for messages that passes text on with its control characters escaped (<see cref="ReadableText.Escape"/>),
/// while the line ends it writes itself stay line ends: error messages quote file names and values from files.
/// </summary>
/// <param name="inner">The writer the escaped text goes to; it is not disposed with this one.</param>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (ReadableText.IsHidden(value))
        {
            inner.Write(ReadableText.Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(value is null ? null : ReadableText.Escape(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
