using System;

namespace AseanUn.Json;

/// <summary>
/// Says in plain words what <see cref="System.Text.Json.Utf8JsonReader"/> found wrong with the syntax, and how to fix it,
/// in place of the reader's own wording ("'0xE4' is an invalid start of a value", "The maximum configured depth of 64
/// has been exceeded…"). The reader's messages are not localized; one it words in a way not known here passes as it is.
/// </summary>
internal static class JsonSyntaxWording
{
    private const string EndsOpen = "The document ends before every object and array is closed: a closing '}' or ']' is missing.";

    private const string ValueForms = "a value is a string in double quotes, a number, true, false, null, an object {…} or an array […]";

    /// <summary>
    /// Returns the plain-words form of the reader's <paramref name="message"/> (without its position);
    /// <paramref name="endsOpen"/> tells that the error is at the end of the text with objects or arrays still open.
    /// </summary>
    public static string Plain(string message, bool endsOpen)
    {
        var token = Token(message, out var rest);
        return rest switch
        {
            _ when endsOpen && token.Length > 0 => EndsOpen,
            "is an invalid start of a value." => StartOfValue(token),
            "is an invalid start of a property name. Expected a '\"'." =>
                $"A property name in double quotes should come here, not {Shown(token)}{(token == "'" ? " (JSON strings use double quotes)" : "")}.",
            "is invalid after a property name. Expected a ':'." => $"A colon ':' should follow the property name, not {Shown(token)}.",
            "is invalid after a value. Expected either ',', '}', or ']'." =>
                $"A comma is missing before {Shown(token)}, or a closing '}}' or ']': the items of an object or array are separated by commas.",
            "is invalid after a single JSON value. Expected end of data." =>
                $"Something follows the end of the document ({Shown(token)} after its last closing bracket); a document is one object.",
            "is an invalid end of a number. Expected a delimiter." or "is an invalid end of a number. Expected 'E' or 'e'." =>
                $"This number is malformed: {Shown(token)} cannot follow its digits.",
            "is invalid within a number, immediately after a decimal point ('.'). Expected a digit ('0'-'9')." or
                "is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit ('0'-'9')." =>
                $"This number is malformed: a digit should come here, not {Shown(token)}.",
            "is an invalid JSON literal. Expected the literal 'true'." or "is an invalid JSON literal. Expected the literal 'false'."
                or "is an invalid JSON literal. Expected the literal 'null'." =>
                "JSON knows only the words true, false and null; text goes in double quotes.",
            "is invalid within a JSON string. The string should be correctly escaped." =>
                $"This string holds {Shown(token)}, a control character, as it is: write it escaped (\\n for a line break, \\t for a tab, \\u0000-style otherwise), or close the string with '\"' before the line ends.",
            "is an invalid escapable character within a JSON string. The string should be correctly escaped." =>
                $"'\\{token}' is not an escape JSON knows: write \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hex digits.",
            "is invalid without a matching open." => $"{Shown(token)} closes an object or array that is not open here (or one of the other kind).",
            _ => Whole(message),
        };
    }

    private static string StartOfValue(string token) => token switch
    {
        ['0', 'x', ..] when token.Length == 4 && Convert.ToByte(token[2..], 16) >= 0x80 =>
            $"A value cannot start with the byte {token}: the file is not UTF-8 text, or text is missing its double quotes; {ValueForms}.",
        "/" => "Comments are not allowed in JSON.",
        "'" => "JSON strings use double quotes (\"), not single quotes.",
        "]" or "}" => $"A value is missing before {Shown(token)}: remove a comma after the last item, or give the value; {ValueForms}.",
        _ => $"A value cannot start with {Shown(token)}; {ValueForms}.",
    };

    private static string Whole(string message) =>
        message.StartsWith("The maximum configured depth of ", StringComparison.Ordinal)
            ? $"Objects and arrays are nested more than {DatasetJsonOptions.MaxDepth} deep here, deeper than the importer reads; the format needs far fewer levels."
            : message.Contains("trailing comma", StringComparison.Ordinal)
                ? "A comma follows the last item of an object or array: JSON allows no comma before the closing bracket; remove it."
                : message.StartsWith("Expected end of string, but instead reached end of data", StringComparison.Ordinal)
                    ? "The document ends inside a string: its closing '\"' is missing."
                    : message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
                        ? "The document ends before every object and array is closed: a closing '}' or ']' is missing."
                        : message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal) || message == "The document is empty."
                            ? "The document is empty: it should be one JSON object."
                            : message.Contains("but instead reached end of data", StringComparison.Ordinal)
                                ? "The document ends too early: a value, or a closing '}' or ']', is missing."
                                : message;

    // The reader quotes what it found first: "'x' is …" or "'0xE4' is …".
    private static string Token(string message, out string rest)
    {
        var end = message.StartsWith('\'') ? message.IndexOf("' ", 1, StringComparison.Ordinal) : -1;
        if (end < 1)
        {
            rest = message;
            return "";
        }

        rest = message[(end + 2)..];
        return message[1..end];
    }

    private static string Shown(string token) =>
        token.StartsWith("0x", StringComparison.Ordinal) && token.Length == 4 ? $"the byte {token}" : $"'{token}'";
}
