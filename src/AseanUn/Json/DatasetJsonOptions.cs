using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Json;

/// <summary>The serializer options of the interchange format, built once on the source-generated context.</summary>
internal static class DatasetJsonOptions
{
    /// <summary>The deepest nesting of arrays and objects the importer reads; the format itself needs five levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document the importer reads, in bytes: many times a report's data, and little enough to hold in memory.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most problems one import lists; past it the rest are only counted (one closing problem says how many), so
    /// a document with millions of problems costs bounded memory.
    /// </summary>
    public const int MaxListedProblems = 1000;

    /// <summary>Gets the options: source-generated metadata plus a property order that puts <c>id</c> first.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Gets the writer options: two-space indentation, '\n' line ends, non-ASCII text written as is.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Gets the camel-case names of each enumeration the format uses, for messages and checks.</summary>
    public static FrozenDictionary<Type, string[]> EnumNames { get; } = new Dictionary<Type, string[]>
    {
        [typeof(EventKind)] = Names<EventKind>(),
        [typeof(InstrumentKind)] = Names<InstrumentKind>(),
        [typeof(InstrumentStatus)] = Names<InstrumentStatus>(),
        [typeof(OrganisationKind)] = Names<OrganisationKind>(),
        [typeof(Side)] = Names<Side>(),
        [typeof(FigurePrecision)] = Names<FigurePrecision>(),
        [typeof(SourceDocumentKind)] = Names<SourceDocumentKind>(),
        [typeof(ClaimRank)] = Names<ClaimRank>(),
        [typeof(StatementBasis)] = Names<StatementBasis>(),
        [typeof(StatementRank)] = Names<StatementRank>(),
        [typeof(RankReason)] = Names<RankReason>(),
    }.ToFrozenDictionary();

    /// <summary>Returns the source-generated metadata of <paramref name="type"/>.</summary>
    public static JsonTypeInfo InfoOf(Type type) => Options.GetTypeInfo(type);

#if NET10_0_OR_GREATER
    /// <summary>
    /// Gets the options of the one-pass import (<see cref="DirectDatasetReader"/>): <see cref="Options"/>, refusing
    /// what the import's positioned checks report — unknown and repeated properties, and null where a property is
    /// required — so that a document these options read is one the checks pass.
    /// </summary>
    public static JsonSerializerOptions ImportOptions { get; } = CreateImport();

    private static JsonSerializerOptions CreateImport()
    {
        var options = new JsonSerializerOptions(Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            TypeInfoResolver = Options.TypeInfoResolver!.WithAddedModifier(RefuseNullWhereRequired),
        };
        options.MakeReadOnly();
        return options;
    }

    // System.Text.Json checks that a required property is given, not that it is not null; the checks refuse null there.
    private static void RefuseNullWhereRequired(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.IsRequired && RefusingNull(property.PropertyType, info.Options) is { } converter)
            {
                property.CustomConverter = converter;
            }
        }
    }

    // A value type without a converter of its own refuses null already; a string, or an array whose converter reads null
    // as empty, gets a converter that refuses it.
    private static JsonConverter? RefusingNull(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(string))
        {
            return NonNullStringConverter.Instance;
        }

        foreach (var converter in options.Converters)
        {
            if (converter is IRefusesNullWhenRequired refusing && converter.CanConvert(type))
            {
                return refusing.RefusingNull();
            }
        }

        return null;
    }
#endif

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(DatasetJsonContext.Default.Options)
        {
            TypeInfoResolver = DatasetJsonContext.Default.WithAddedModifier(Arrange),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        };
        options.MakeReadOnly();
        return options;
    }

    // Records read best with the id first and the citations and note last; computed properties (Label, Code) are not
    // part of the format at all, so that a document giving one is told it is unknown; a citation needs both its parts.
    private static void Arrange(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (info.Type == typeof(Citation))
        {
            // A citation names its document; the paragraph is left out for a document cited as a whole.
            foreach (var property in info.Properties)
            {
                property.IsRequired = property.Name == "documentId";
            }

            return;
        }

        if (info.Type == typeof(Statement))
        {
            // A statement leaves out what it does not qualify: no value (the record's), no time, stated, normal rank.
            foreach (var property in info.Properties)
            {
                property.ShouldSerialize = property.Name switch
                {
                    "basis" => static (_, value) => (StatementBasis)value! != StatementBasis.Stated,
                    "rank" => static (_, value) => (StatementRank)value! != StatementRank.Normal,
                    "rankReason" => static (_, value) => (RankReason)value! != RankReason.None,
                    "evidence" => static (_, value) => !((EquatableArray<Evidence>)value!).IsEmpty,
                    _ => property.ShouldSerialize,
                };

                // An inference marker rests on the record's sources and may leave its evidence out; the validator
                // asks every other statement for evidence, with the rule's message.
                property.IsRequired &= property.Name != "evidence";
            }

            // Citations is computed from the evidence, not part of the format.
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].Set is null)
                {
                    info.Properties.RemoveAt(i);
                }
            }

            return;
        }

        if (info.Type == typeof(DatasetDocument))
        {
            // A dataset without layers is written as before: no manifest.
            PropertyNamed(info, "layers")!.ShouldSerialize = static (_, value) => !((EquatableArray<DatasetLayer>)value!).IsEmpty;
            return;
        }

        if (info.Type == typeof(Evidence))
        {
            PropertyNamed(info, "citation")!.IsRequired = true;
            return;
        }

        if (info.Type == typeof(Inference))
        {
            foreach (var property in info.Properties)
            {
                property.IsRequired = true;
            }

            return;
        }

        if (!typeof(PartnershipRecord).IsAssignableFrom(info.Type))
        {
            return;
        }

        var properties = new List<JsonPropertyInfo>(info.Properties);
        properties.RemoveAll(static p => p.Set is null);
        foreach (var property in properties)
        {
            OmitWhenAbsent(info.Type, property);
        }

        var first = properties.FindAll(static p => p.Name == "id");
        string[] lastNames = ["sources", "statements", "inferences", "claims", "note"];
        var last = properties.FindAll(static p => p.Name is "sources" or "statements" or "inferences" or "claims" or "note");
        last.Sort((a, b) => Array.IndexOf(lastNames, a.Name).CompareTo(Array.IndexOf(lastNames, b.Name)));
        properties.RemoveAll(p => first.Contains(p) || last.Contains(p));
        info.Properties.Clear();
        foreach (var property in (List<JsonPropertyInfo>)[.. first, .. properties, .. last])
        {
            info.Properties.Add(property);
        }
    }

    // Statements are left out when a record has none. Format version 1's inferences, claims and history are read (as
    // shorthands that add statements) but never written: the statements carry them.
    private static void OmitWhenAbsent(Type type, JsonPropertyInfo property)
    {
        property.ShouldSerialize = property.Name switch
        {
            "statements" => static (_, value) => !((EquatableArray<Statement>)value!).IsEmpty,
            "inferences" or "claims" => static (_, _) => false,
            "history" when type == typeof(Instrument) => static (_, _) => false,
            "kind" when type == typeof(SourceDocument) => static (_, value) => (SourceDocumentKind)value! != SourceDocumentKind.Report,
            "thirdPartyCopy" or "planned" => static (_, value) => (bool)value!,
            "subjectIds" when type == typeof(Event) => static (_, value) => !((EquatableArray<string>)value!).IsEmpty,
            _ => property.ShouldSerialize,
        };
    }

    /// <summary>Returns the property of <paramref name="info"/> named <paramref name="name"/> in JSON, or <see langword="null"/>.</summary>
    public static JsonPropertyInfo? PropertyNamed(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum =>
        Array.ConvertAll(Enum.GetNames<TEnum>(), JsonNamingPolicy.CamelCase.ConvertName);
}
