using System;
using System.IO;
using System.Linq;
using AseanUn.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanUn.Package.Tests;

/// <summary>
/// A consumer's own data file, added as <c>&lt;AdditionalFiles Include="data/*.aseanun.json" /&gt;</c>, is checked by the
/// packed analyzers when the consumer builds: a dangling reference fails the build at the file's line and column.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DataFileBuildTests(PackedPackage package, ITestOutputHelper log)
{
    private const string DataFile = "summit-10.aseanun.json";

    [Fact]
    public void A_dangling_reference_in_a_data_file_fails_the_consumer_build_with_AUN0205_at_its_line_and_column()
    {
        var project = package.Consumers.Create("DataFile");
        var data = Path.Combine(project.Directory, "data");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(ConsumerWorkspace.Templates, "DataFile", "data", DataFile), Path.Combine(data, DataFile));
        var path = Path.Combine(data, DataFile);
        const int Line = 24;
        const int Column = 20;
        Assert.Equal(Column - 1, File.ReadAllLines(path)[Line - 1].IndexOf("\"bangkok-convention-centre\"", StringComparison.Ordinal));

        var build = project.Build();
        log.WriteLine(build.Process.Output);

        Assert.False(build.Process.Succeeded, $"The build should have failed at the data file: {build.Process}");
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal((path, Line, Column, "AUN0205"), (error.File, error.Line, error.Column, error.Id));
        Assert.StartsWith("'bangkok-convention-centre' names no place of the built-in dataset", error.Message, StringComparison.Ordinal);
    }
}
