using System;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Json;

namespace AseanUn.Benchmarks.Json;

/// <summary>
/// The library's own JSON metadata, for comparing it with reflection: its serializer options (source-generated context,
/// converters, naming, and the modifier that arranges each type's metadata) and its document type. All are internal to
/// the library, so they are looked up once here by name; every call measured goes through the public System.Text.Json API with exactly these objects.
/// </summary>
public sealed class LibraryJson
{
    private LibraryJson(JsonSerializerOptions sourceGenerated, Action<JsonTypeInfo> arrange, Type documentType)
    {
        SourceGenerated = sourceGenerated;
        DocumentType = documentType;

        // The same options — converters, naming, encoder, indentation, and the library's own adjustment of each type's
        // metadata (computed members left out, empty lists omitted, property order) — with metadata from reflection instead.
        Reflection = new JsonSerializerOptions(sourceGenerated) { TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { arrange } } };
        Reflection.MakeReadOnly();
    }

    /// <summary>Gets the metadata of the referenced library.</summary>
    public static LibraryJson Current { get; } = Load();

    /// <summary>Gets the library's options, on its source-generated context.</summary>
    public JsonSerializerOptions SourceGenerated { get; }

    /// <summary>Gets the same options with reflection-based metadata.</summary>
    public JsonSerializerOptions Reflection { get; }

    /// <summary>Gets the type of the root of a dataset document.</summary>
    public Type DocumentType { get; }

    private static LibraryJson Load()
    {
        var library = typeof(DatasetJson).Assembly;
        const string OptionsType = "AseanUn.Json.DatasetJsonOptions";
        const string DocumentType = "AseanUn.Json.DatasetDocument";
        var options = library.GetType(OptionsType)?.GetProperty("Options", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as JsonSerializerOptions
            ?? throw new InvalidOperationException($"{OptionsType}.Options is not in {library.GetName().Name}.");
        const string Arrange = "Arrange";
        var arrange = library.GetType(OptionsType)?.GetMethod(Arrange, BindingFlags.NonPublic | BindingFlags.Static)?.CreateDelegate<Action<JsonTypeInfo>>()
            ?? throw new InvalidOperationException($"{OptionsType}.{Arrange} is not in {library.GetName().Name}.");
        var document = library.GetType(DocumentType) ?? throw new InvalidOperationException($"{DocumentType} is not in {library.GetName().Name}.");
        return new LibraryJson(options, arrange, document);
    }
}
