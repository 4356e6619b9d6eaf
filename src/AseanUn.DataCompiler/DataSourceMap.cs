using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.DataCompiler;

/// <summary>
/// Where each built-in record is written in the dataset's C# source (<c>src/AseanUn/Data</c>), read from the syntax
/// alone, so that a problem the validator finds in a record can be reported at the file, line and column of the
/// offending value instead of at the record's path in a JSON export nobody wrote.
/// </summary>
/// <remarks>
/// A record is defined where an object initialiser sets its <c>Id</c> or where a helper is called with its
/// <c>[RecordId]</c> argument; the id may be a string literal or a string constant of the library or the data
/// source. A value is found among that initialiser's assignments, the call's named arguments and the assignments
/// of any <c>with</c> expression applied to it; a value the source does not spell out (a positional argument of a
/// helper) is reported at the record's id.
/// </remarks>
internal sealed class DataSourceMap
{
    private readonly Dictionary<string, List<Definition>> _definitions;

    private DataSourceMap(Dictionary<string, List<Definition>> definitions) => _definitions = definitions;

    /// <summary>Gets the ids of every record the source defines, once per definition.</summary>
    public IEnumerable<string> DefinedIds => _definitions.SelectMany(d => d.Value.Select(_ => d.Key));

    /// <summary>Reads the <c>*.cs</c> files of <paramref name="dataDirectory"/>, resolving ids written as constants declared there or in <paramref name="constantSources"/>.</summary>
    public static DataSourceMap Read(string dataDirectory, IEnumerable<string> constantSources)
    {
        var dataTrees = Directory.EnumerateFiles(dataDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Parse).ToList();
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in dataTrees.Concat(constantSources.Select(Parse)))
        {
            CollectConstants(tree, constants);
        }

        var helpers = dataTrees.SelectMany(HelpersOf).ToDictionary(h => h.Name, StringComparer.Ordinal);
        var definitions = new Dictionary<string, List<Definition>>(StringComparer.Ordinal);
        foreach (var tree in dataTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (DefinitionOf(node, helpers, constants) is { } definition)
                {
                    if (!definitions.TryGetValue(definition.Id, out var list))
                    {
                        definitions.Add(definition.Id, list = []);
                    }

                    list.Add(definition);
                }
            }
        }

        return new DataSourceMap(definitions);
    }

    /// <summary>
    /// Finds where the <paramref name="occurrence"/>-th record with id <paramref name="id"/> sets
    /// <paramref name="property"/> (a JSON name, e.g. <c>placeId</c>), at item <paramref name="index"/> of a list
    /// when it is not -1; the record's id when the source does not spell the value out, or <see langword="null"/>
    /// when no record has that id.
    /// </summary>
    public FileLinePositionSpan? Find(string id, int occurrence, string? property, int index)
    {
        if (!_definitions.TryGetValue(id, out var list))
        {
            return null;
        }

        var definition = list[Math.Min(occurrence, list.Count - 1)];
        var value = property is null || property == "id" ? null : definition.ValueOf(char.ToUpperInvariant(property[0]) + property[1..]);
        var spot = value is null ? definition.IdValue : ItemOf(value, index);
        return spot.GetLocation().GetLineSpan();
    }

    private static SyntaxTree Parse(string path) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), Path.GetFullPath(path));

    private static void CollectConstants(SyntaxTree tree, Dictionary<string, string> constants)
    {
        foreach (var field in tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)))
        {
            if (field.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer?.Value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                {
                    constants[$"{type.Identifier.ValueText}.{variable.Identifier.ValueText}"] = literal.Token.ValueText;
                }
            }
        }
    }

    // The data source's helper methods that take a record's id, marked [RecordId], with that parameter's position.
    private static IEnumerable<Helper> HelpersOf(SyntaxTree tree)
    {
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var parameters = method.ParameterList.Parameters;
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i].AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "RecordId" or "RecordIdAttribute"))
                {
                    yield return new Helper(method.Identifier.ValueText, i, parameters[i].Identifier.ValueText);
                }
            }
        }
    }

    private static Definition? DefinitionOf(SyntaxNode node, Dictionary<string, Helper> helpers, Dictionary<string, string> constants)
    {
        switch (node)
        {
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation:
                var idAssignment = AssignmentsOf(initializer).FirstOrDefault(a => NameOf(a.Left) == "Id");
                return idAssignment is not null && Evaluate(idAssignment.Right, constants) is { } id
                    ? new Definition(id, idAssignment.Right, creation, [.. AssignmentsOf(initializer), .. WithAssignments(creation)], [])
                    : null;
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } call when helpers.TryGetValue(name.Identifier.ValueText, out var helper):
                var arguments = call.ArgumentList.Arguments;
                var idArgument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == helper.Parameter)
                    ?? (helper.Position < arguments.Count && arguments[helper.Position].NameColon is null ? arguments[helper.Position] : null);
                return idArgument is not null && Evaluate(idArgument.Expression, constants) is { } helperId
                    ? new Definition(helperId, idArgument.Expression, call, [.. WithAssignments(call)], [.. arguments.Where(a => a.NameColon is not null)])
                    : null;
            default:
                return null;
        }
    }

    private static IEnumerable<AssignmentExpressionSyntax> AssignmentsOf(InitializerExpressionSyntax initializer) =>
        initializer.Expressions.OfType<AssignmentExpressionSyntax>();

    // The assignments of every 'with' applied to the record's creation, innermost first.
    private static IEnumerable<AssignmentExpressionSyntax> WithAssignments(ExpressionSyntax creation)
    {
        for (SyntaxNode current = creation; current.Parent is WithExpressionSyntax with && with.Expression == current; current = with)
        {
            foreach (var assignment in AssignmentsOf(with.Initializer))
            {
                yield return assignment;
            }
        }
    }

    private static string? NameOf(ExpressionSyntax expression) => (expression as IdentifierNameSyntax)?.Identifier.ValueText;

    private static string? Evaluate(ExpressionSyntax expression, Dictionary<string, string> constants) => expression switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => literal.Token.ValueText,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type } access
            when constants.TryGetValue($"{type.Identifier.ValueText}.{access.Name.Identifier.ValueText}", out var value) => value,
        _ => null,
    };

    // Item 'index' of a list value: an element of a collection expression or an argument of a call such as Cite.Paragraphs(…).
    private static SyntaxNode ItemOf(ExpressionSyntax value, int index)
    {
        if (index < 0)
        {
            return value;
        }

        return value switch
        {
            CollectionExpressionSyntax collection when index < collection.Elements.Count => collection.Elements[index],
            InvocationExpressionSyntax call when index < call.ArgumentList.Arguments.Count => call.ArgumentList.Arguments[index],
            _ => value,
        };
    }

    private sealed record Helper(string Name, int Position, string Parameter);

    private sealed record Definition(
        string Id,
        ExpressionSyntax IdValue,
        ExpressionSyntax Creation,
        List<AssignmentExpressionSyntax> Assignments,
        List<ArgumentSyntax> NamedArguments)
    {
        // The last assignment wins, as it does when the record is built ('with' after the initialiser).
        public ExpressionSyntax? ValueOf(string property) =>
            Assignments.LastOrDefault(a => NameOf(a.Left) == property)?.Right
            ?? NamedArguments.FirstOrDefault(a => string.Equals(a.NameColon!.Name.Identifier.ValueText, property, StringComparison.OrdinalIgnoreCase))?.Expression;
    }
}
