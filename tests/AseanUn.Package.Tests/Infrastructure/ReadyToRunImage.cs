using System.IO;
using System.Reflection.PortableExecutable;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>
/// What an assembly's PE headers say about precompiled code: a ReadyToRun image has a managed native header and
/// names its target in the machine field, the architecture XOR-ed with a value for the operating system (none for
/// Windows); an IL-only assembly has neither.
/// </summary>
public static class ReadyToRunImage
{
    /// <summary>
    /// Returns the <c>os-arch</c> runtime identifier the assembly in <paramref name="image"/> was ReadyToRun-compiled
    /// for (<c>linux-x64</c>, <c>osx-arm64</c>, …), or <see langword="null"/> when it holds IL only.
    /// </summary>
    public static string? TargetOf(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var headers = reader.PEHeaders;
        if (headers.CorHeader is not { ManagedNativeHeaderDirectory.Size: > 0 })
        {
            return null;
        }

        var machine = (ushort)headers.CoffHeader.Machine;
        foreach (var (os, mask) in OperatingSystems)
        {
            switch ((Machine)(machine ^ mask))
            {
                case Machine.Amd64: return os + "-x64";
                case Machine.Arm64: return os + "-arm64";
            }
        }

        return $"unknown machine 0x{machine:X4}";
    }

    // The runtime's ReadyToRun machine overrides per operating system.
    private static readonly (string Os, ushort Mask)[] OperatingSystems = [("win", 0), ("linux", 0x7B79), ("osx", 0x4644)];
}
