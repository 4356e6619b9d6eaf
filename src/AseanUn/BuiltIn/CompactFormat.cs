namespace AseanUn.BuiltIn;

/// <summary>
/// The compact data form of the built-in dataset: the four bytes <c>AUNC</c>, the format version, a table of UTF-8
/// strings, then the dataset as <see cref="CompactDataset"/> lays it out: its head, every record's id, and the records
/// grouped by type, each group a section of its own so that it can be read alone.
/// </summary>
/// <remarks>
/// The build writes it from the C# source in <c>src/AseanUn/Data</c> (see <c>src/AseanUn.DataCompiler</c>) and compiles
/// it in as constant data (<c>CompactData</c>); reading it needs a few small methods instead of the large generated ones
/// that the C# initialisers compile to, which is what made the first access slow: the just-in-time compiler, not the data.
/// </remarks>
internal static class CompactFormat
{
    /// <summary>The version of the form; a reader refuses any other.</summary>
    public const int Version = 5;

    /// <summary>Gets the first four bytes of every document.</summary>
    public static System.ReadOnlySpan<byte> Magic => "AUNC"u8;
}
