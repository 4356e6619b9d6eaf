using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AseanUn.Robustness.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>
/// The sources the analyzer tests feed their verifiers, read from the test files themselves: every string constant
/// (raw strings, concatenations with shared constants) that parses to code, with the test markup removed, and every
/// data file the data-file tests give as an additional file (a JSON object that names its format version).
/// </summary>
internal static partial class AnalyzerTestSources
{
    public const string Folder = "tests/AseanUn.Analyzers.Tests";

    // The contributor-rule tests wrap each fragment in these usings, as the dataset source files have them.
    private const string DatasetUsings = "using AseanUn; using AseanUn.Authoring; using AseanUn.Data; using AseanUn.Dates; using AseanUn.Model; using NodaTime;\n";

    /// <summary>Gets every source, in file order.</summary>
    public static IReadOnlyList<CorpusSource> Read()
    {
        var files = Repository.CSharpFiles(Folder);
        var trees = files.Select(path => AnalyzerHarness.Parse(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot.Path, path))).ToList();

        // Binding the test files (without their test packages) is enough to fold string constants.
        var compilation = AnalyzerHarness.Compile(trees, []);
        var sources = new List<CorpusSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var isDataset = tree.ToString().Contains("DatasetVerifier", StringComparison.Ordinal);
            var hasDataFiles = tree.ToString().Contains("JsonDataVerifier", StringComparison.Ordinal);
            foreach (var expression in tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>())
            {
                if (!IsOutermostString(expression, model, out var value))
                {
                    continue;
                }

                var line = expression.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                if (hasDataFiles && IsDataFile(value))
                {
                    if (seen.Add(value))
                    {
                        sources.Add(new CorpusSource($"{tree.FilePath}:{line}", value, IsDatasetFragment: false, IsDataFile: true));
                    }
                }
                else if (IsCode(value = StripMarkup(value)) && seen.Add(value))
                {
                    sources.Add(new CorpusSource($"{tree.FilePath}:{line}", isDataset ? DatasetUsings + value : value, isDataset));
                }
            }
        }

        return sources;
    }

    /// <summary>Removes the verifiers' markup (<c>{|AUN0001:…|}</c>, <c>{|#0:…|}</c>, <c>[|…|]</c>), leaving the code it marks.</summary>
    public static string StripMarkup(string text) => Markup().Replace(text, string.Empty);

    private static bool IsOutermostString(ExpressionSyntax expression, SemanticModel model, out string value)
    {
        value = string.Empty;
        if (model.GetConstantValue(expression) is not { HasValue: true, Value: string text })
        {
            return false;
        }

        value = text;
        return expression.Parent is not ExpressionSyntax parent || !model.GetConstantValue(parent).HasValue;
    }

    // A data file is a JSON object that names its format version; the pieces the tests splice into one do not.
    private static bool IsDataFile(string text) =>
        text.TrimStart().StartsWith('{') && text.Contains("\"version\"", StringComparison.Ordinal);

    // A test's expected message is a string too; a source declares, calls or tags something.
    private static bool IsCode(string text) =>
        AnalyzerHarness.Parse(text).GetRoot().DescendantNodes().Any(node =>
            node is BaseTypeDeclarationSyntax or AttributeListSyntax or UsingDirectiveSyntax or BaseMethodDeclarationSyntax
                or LocalFunctionStatementSyntax or InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax);

    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
