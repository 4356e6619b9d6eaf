using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>What the test compilations reference: .NET 8, and the real AseanUn library with NodaTime.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Framework => ReferenceAssemblies.Net.Net80;

    public static MetadataReference AseanUn { get; } = MetadataReference.CreateFromFile(typeof(PillarCodes).Assembly.Location);

    public static MetadataReference NodaTime { get; } = MetadataReference.CreateFromFile(typeof(global::NodaTime.LocalDate).Assembly.Location);
}
