namespace AseanUn.BuiltIn;

/// <summary>
/// The compact data form of the built-in dataset: the four bytes <c>AUNC</c>, the format version, a table of UTF-8
/// strings, then the edition, the as-of date, the number of record types, the record count and the records, each a tag (its
/// type's position in dataset order) and its fields.
/// </summary>
/// <remarks>
/// The build writes it from the C# source in <c>src/AseanUn/Data</c> (see <c>src/AseanUn.DataCompiler</c>) and embeds
/// it; reading it needs a few small methods instead of the large generated ones that the C# initialisers compile to,
/// which is what made the first access slow: the just-in-time compiler, not the data.
/// </remarks>
internal static class CompactFormat
{
    /// <summary>The name of the embedded resource that holds the built-in dataset.</summary>
    public const string ResourceName = "AseanUn.BuiltIn.dataset.aunc";

    /// <summary>
    /// The name of the embedded resource that holds the built-in dataset with the shipped layers merged on top, in the
    /// form <see cref="CompactDataset.WriteOver"/> writes: only what the layers add or change is written whole.
    /// </summary>
    public const string LayersResourceName = "AseanUn.BuiltIn.layers.aunc";

    /// <summary>The version of the form; a reader refuses any other.</summary>
    public const int Version = 4;

    /// <summary>Gets the first four bytes of every document.</summary>
    public static System.ReadOnlySpan<byte> Magic => "AUNC"u8;
}
