using System.IO;

namespace AseanUn.BuiltIn;

/// <summary>The built-in dataset, read from the compact form the build embeds in the assembly (see <see cref="CompactFormat"/>).</summary>
internal static class BuiltInData
{
    /// <summary>
    /// Reads the dataset without validating it again: the build ran the contributor analyzers and the full validator over
    /// the C# source it was written from, so a process never pays for checks that cannot fail.
    /// </summary>
    public static PartnershipDataset Create() => CompactDataset.Read(ReadResource(CompactFormat.ResourceName)).Dataset;

    /// <summary>
    /// Reads the dataset with the shipped layers merged on top of <paramref name="builtIn"/>: the build merged and
    /// validated the layers with the library's JSON reader, and embedded what they add or change, with the manifest the
    /// merge made; the records they leave as they are are <paramref name="builtIn"/>'s own.
    /// </summary>
    public static PartnershipDataset CreateLayered(PartnershipDataset builtIn) =>
        CompactDataset.ReadOver(ReadResource(CompactFormat.LayersResourceName), builtIn).Dataset;

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(BuiltInData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The assembly has no resource '{name}'; it was built without its data.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}
