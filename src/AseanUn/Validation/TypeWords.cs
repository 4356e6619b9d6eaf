using System;
using System.Text;

namespace AseanUn.Validation;

/// <summary>
/// A model type's name as words for messages meant for people who edit JSON, not C#: <c>EventKind</c> is "event kind",
/// <c>InstrumentStatus</c> "instrument status".
/// </summary>
internal static class TypeWords
{
    /// <summary>Returns the name of <paramref name="type"/> as lower-case words.</summary>
    public static string Of(Type type)
    {
        var name = type.Name;
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
