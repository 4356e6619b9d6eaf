using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AseanUn.Tests.Architecture;

/// <summary>
/// The library's namespaces depend on each other in one direction only: no namespace uses one that uses it back,
/// directly or through others. Dependencies are read from the source, one folder per namespace: <c>using</c>
/// directives and namespace-qualified names in code (documentation comments do not count). The root namespace
/// (<c>AseanUn</c>: the dataset and its queries) sits above the rest and is not part of the check.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    private static readonly string Library = Path.Combine(RepositoryRoot.Path, "src", "AseanUn");

    [Fact]
    public void Every_folder_declares_its_own_namespace()
    {
        foreach (var file in Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(Library, file))!;
            var expected = folder.Length == 0 ? "AseanUn" : "AseanUn." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file)).Groups[1].Value;
            if (folder != "Codes")
            {
                Assert.True(expected == declared, $"{Path.GetRelativePath(Library, file)} declares {declared}, not {expected}.");
            }
        }
    }

    [Fact]
    public void No_namespace_depends_on_one_that_depends_back_on_it()
    {
        var graph = Dependencies();
        Assert.Contains("Model", graph.Keys);
        foreach (var start in graph.Keys)
        {
            var path = CycleFrom(start, graph);
            Assert.True(path is null, $"Namespace cycle: {string.Join(" -> ", path ?? [])}");
        }
    }

    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "Codes")))
        {
            var uses = graph[folder!] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Library, folder!), "*.cs", SearchOption.AllDirectories))
            {
                var code = string.Join('\n', File.ReadLines(file).Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));
                foreach (Match match in Reference().Matches(code))
                {
                    if (match.Groups[1].Value != folder)
                    {
                        uses.Add(match.Groups[1].Value);
                    }
                }
            }
        }

        return graph;
    }

    private static List<string>? CycleFrom(string start, Dictionary<string, HashSet<string>> graph)
    {
        var stack = new List<string> { start };
        return Walk(start);

        List<string>? Walk(string current)
        {
            foreach (var next in graph.GetValueOrDefault(current) ?? [])
            {
                if (next == start)
                {
                    return [.. stack, next];
                }

                if (!stack.Contains(next))
                {
                    stack.Add(next);
                    if (Walk(next) is { } cycle)
                    {
                        return cycle;
                    }

                    stack.RemoveAt(stack.Count - 1);
                }
            }

            return null;
        }
    }

    private static bool IsSource(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bAseanUn\.([A-Z]\w*)\b")]
    private static partial Regex Reference();
}
