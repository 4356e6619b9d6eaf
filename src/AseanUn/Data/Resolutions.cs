using AseanUn.Model;

namespace AseanUn.Data;

internal static partial class BuiltInDataset
{
    private static Instrument[] Resolutions() => [];
}
