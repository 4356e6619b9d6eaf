namespace AseanUn.BuiltIn;

/// <summary>
/// The data compiler compiles the library's sources but writes their data itself, so it has none to read: a built-in
/// dataset read here is empty, and refused as not of the compact form.
/// </summary>
internal static class CompactData
{
    public static System.ReadOnlySpan<byte> BuiltIn => default;

    public static System.ReadOnlySpan<byte> Layered => default;
}
