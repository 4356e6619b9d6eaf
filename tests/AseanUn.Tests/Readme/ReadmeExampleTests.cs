using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Tests.Readme;

/// <summary>The README's query example compiles against the library and runs.</summary>
public sealed partial class ReadmeExampleTests
{
    private static string QueryingExample()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var section = readme[readme.IndexOf("## Querying", StringComparison.Ordinal)..];
        var match = CSharpBlock().Match(section);
        Assert.True(match.Success, "The Querying section has no ```csharp block.");
        return match.Groups[1].Value;
    }

    private static (Assembly? Assembly, string Diagnostics) Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Partnership).Assembly.Location)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var diagnostics = string.Join("\n", result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return (result.Success ? Assembly.Load(image.ToArray()) : null, diagnostics);
    }

    [Fact]
    public void The_example_has_at_most_ten_lines_of_code_after_its_usings()
    {
        var code = QueryingExample().Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        Assert.InRange(code.Count, 5, 10);
    }

    [Fact]
    public void The_example_compiles_without_warnings_and_runs()
    {
        var (assembly, diagnostics) = Compile(QueryingExample());
        Assert.True(assembly is not null && diagnostics.Length == 0, diagnostics);

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            assembly!.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(ExpectedOutput(), output.ToString().ReplaceLineEndings("\n"));
        // Facts of the report the example must show: the summit of ¶3 in New York, UNICEF and its work with SOMSWD (¶28).
        Assert.Contains("2005-09-13 Second ASEAN-UN Summit\n", output.ToString());
        Assert.Contains("UN Children’s Fund (UNICEF): ", output.ToString());
        Assert.Contains("UNICEF ~ ASEAN Senior Officials’ Meeting on Social Welfare and Development (SOMSWD): SC.1.2\n", output.ToString());
        // The report gives no acronym for some UN entities (UN Women, the UN Secretariat): they are named, never blank.
        Assert.DoesNotContain("\n ~ ", "\n" + output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_example_would_fail_to_compile()
    {
        var (assembly, diagnostics) = Compile(QueryingExample().Replace("EventsAt", "EventsIn", StringComparison.Ordinal));
        Assert.Null(assembly);
        Assert.Contains("EventsIn", diagnostics);
    }

    // What the example prints, computed here with the same API so the expectation follows the data.
    private static string ExpectedOutput()
    {
        var data = Partnership.Current;
        var lines = new List<string>();
        foreach (var entry in data.Query().UnderPillar(PillarCodes.SocioCultural).During(AseanUn.Dates.PartialDate.Year(2015)).ToTimeline())
        {
            lines.Add($"{entry.Date,-24} {entry.Kind,-20} {entry.Title}");
        }

        foreach (var meeting in data.EventsAt("New York"))
        {
            lines.Add($"{meeting.Date} {meeting.Title}");
        }

        if (data.TryFindOrganisation("UNICEF", out var unicef))
        {
            lines.Add($"{unicef.Label}: {data.RecordsInvolvingOrganisation(unicef.Id).Count} records");
        }

        foreach (var link in data.CooperationLinksUnderPillar(PillarCodes.SocioCultural))
        {
            lines.Add($"{link.UnitedNationsEntity.Acronym ?? link.UnitedNationsEntity.Name} ~ {link.AseanBody.Label}: {string.Join(", ", link.ActionLineCodes)}");
        }

        return string.Concat(lines.Select(l => l + "\n"));
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
