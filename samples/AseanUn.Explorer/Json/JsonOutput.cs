using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Explorer.Infrastructure;

namespace AseanUn.Explorer.Json;

/// <summary>Writes the machine-readable output of <c>--json</c>: indented, names and paragraph signs as they are, one final newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Serializes <paramref name="value"/> with its source-generated metadata to the context's output.</summary>
    public static void Write<T>(ExplorerContext context, T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        context.Out.Write('\n');
    }
}
