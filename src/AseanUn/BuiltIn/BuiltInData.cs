namespace AseanUn.BuiltIn;

/// <summary>
/// The built-in dataset, read from the compact form the build compiles into the assembly as constant data
/// (<c>CompactData</c>, written by the data compiler; see <see cref="CompactFormat"/>).
/// </summary>
internal static class BuiltInData
{
    /// <summary>
    /// Reads the dataset without validating it again: the build ran the contributor analyzers and the full validator over
    /// the C# source it was written from, so a process never pays for checks that cannot fail.
    /// </summary>
    public static PartnershipDataset Create() => CompactDataset.ReadDataset(CompactData.BuiltIn.ToArray());

    /// <summary>
    /// Reads the dataset with the shipped layers merged on top of <paramref name="builtIn"/>: the build merged and
    /// validated the layers with the library's JSON reader, and compiled in what they add or change, with the manifest the
    /// merge made; the records they leave as they are are <paramref name="builtIn"/>'s own.
    /// </summary>
    public static PartnershipDataset CreateLayered(PartnershipDataset builtIn) =>
        CompactDataset.ReadOver(CompactData.Layered.ToArray(), builtIn);
}
