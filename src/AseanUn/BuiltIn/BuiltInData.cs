using System.IO;

namespace AseanUn.BuiltIn;

/// <summary>The built-in dataset, read from the compact form the build embeds in the assembly (see <see cref="CompactFormat"/>).</summary>
internal static class BuiltInData
{
    /// <summary>
    /// Reads the dataset without validating it again: the build ran the contributor analyzers and the full validator over
    /// the C# source it was written from, so a process never pays for checks that cannot fail.
    /// </summary>
    public static PartnershipDataset Create()
    {
        var (edition, asOf, records) = CompactDataset.Read(ReadResource());
        return PartnershipDataset.FromValidated(edition, asOf, PartnershipDataset.Group(records));
    }

    private static byte[] ReadResource()
    {
        using var stream = typeof(BuiltInData).Assembly.GetManifestResourceStream(CompactFormat.ResourceName)
            ?? throw new InvalidDataException($"The assembly has no resource '{CompactFormat.ResourceName}'; it was built without its data.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}
