using System;
using System.Text;

namespace AseanUn.Validation;

/// <summary>
/// A model type's name as words for messages meant for people who edit JSON, not C#: <c>EventKind</c> is "event kind",
/// <c>InstrumentStatus</c> "instrument status"; the explorer words enum values the same way.
/// </summary>
internal static class TypeWords
{
    /// <summary>Returns the name of <paramref name="type"/> as lower-case words.</summary>
    public static string Of(Type type) => Of(type.Name);

    /// <summary>Returns a Pascal-case name (a type's, an enum value's) as lower-case words: <c>InForce</c> is "in force".</summary>
    public static string Of(string name)
    {
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
