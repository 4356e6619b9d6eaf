using System;
using System.Collections.Generic;
using System.IO;
using AseanUn.DataCompiler;

namespace AseanUn.Tests.BuiltIn;

/// <summary>
/// A problem in a shipped layer fails the build as one line in MSBuild's canonical form: the layer's file, line and
/// column, the problem's severity and code, its message, and its JSON path.
/// </summary>
public sealed class ShippedLayerErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aseanun-layer-").FullName;

    [Fact]
    public void A_problem_in_a_layer_is_one_build_line_with_file_position_severity_code_message_and_path()
    {
        var file = Path.Combine(_folder, "bad-layer.json");
        File.WriteAllText(file, "{\n  \"version\": 2,\n  \"edition\": \"bad\",\n  \"asOf\": \"2018\",\n  \"records\": {},\n  \"colour\": 1\n}\n");
        var errors = new List<string>();

        var merged = ShippedLayers.Merge(Partnership.Current, [file], errors);

        Assert.Null(merged);
        var line = Assert.Single(errors);
        Assert.StartsWith($"{file}(6,3): error UnknownProperty: Unknown property 'colour'", line, StringComparison.Ordinal);
        Assert.EndsWith(" (at $.colour)", line, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
