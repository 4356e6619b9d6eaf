using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AseanUn.Analyzers;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// The analyzers let every exception surface as Roslyn's AD0001, in every build configuration: no method of the
/// analyzer assembly — the build these tests load, whichever configuration the suite runs in — has a catch or filter
/// handler, so no callback can be wrapped in a catch-all and "no exception" in the other tests is observed, not swallowed.
/// </summary>
public sealed class NoCatchAllTests
{
    [Fact]
    public void No_method_of_the_analyzer_assembly_catches_an_exception()
    {
        using var stream = File.OpenRead(typeof(AseanUnAnalyzer).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var catching = new List<string>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            foreach (var region in pe.GetMethodBody(method.RelativeVirtualAddress).ExceptionRegions)
            {
                if (region.Kind is ExceptionRegionKind.Catch or ExceptionRegionKind.Filter)
                {
                    var type = metadata.GetTypeDefinition(method.GetDeclaringType());
                    catching.Add($"{metadata.GetString(type.Name)}.{metadata.GetString(method.Name)} ({region.Kind})");
                }
            }
        }

        Assert.Empty(catching);
    }
}
