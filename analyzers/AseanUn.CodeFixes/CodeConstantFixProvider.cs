using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AseanUn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace AseanUn.CodeFixes;

/// <summary>
/// Replaces a code — unknown, malformed, superseded or written as a literal — with the typed constant the diagnostic
/// suggests, one action per suggestion, adding <c>using AseanUn;</c> where needed.
/// </summary>
/// <remarks>
/// Fix All (in the IDE or <c>dotnet format analyzers</c>) applies only replacements that cannot change what the code
/// means: a malformed code's normal form, a literal's typed constant, a superseded line's successor. A "did you mean"
/// suggestion for an unknown code is a guess — the nearest code by spelling is often not the line that was meant — so
/// it stays a one-by-one action, and Fix All leaves those codes as they are, still failing the build.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CodeConstantFixProvider))]
[Shared]
public sealed class CodeConstantFixProvider : CodeFixProvider
{
    private const string KeySeparator = "#";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Descriptors.UnknownActionLineCode.Id,
        Descriptors.UnknownPillarCode.Id,
        Descriptors.UnknownAreaCode.Id,
        Descriptors.MalformedCode.Id,
        Descriptors.SupersededActionLine.Id,
        Descriptors.PreferTypedConstant.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => new MeaningPreservingFixAll(FixAllProvider.Create(FixAllAsync));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var replacements = Replacements(diagnostic);
            for (var rank = 0; rank < replacements.Count; rank++)
            {
                var (constant, code) = replacements[rank];
                var chosen = rank;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {constant} ('{code}')",
                        cancellationToken => ReplaceAsync(context.Document, [(diagnostic, chosen)], cancellationToken),
                        diagnostic.Id + KeySeparator + rank),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = context.CodeActionEquivalenceKey ?? string.Empty;
        var rank = int.TryParse(key.Substring(key.LastIndexOf(KeySeparator, System.StringComparison.Ordinal) + 1), out var parsed) ? parsed : 0;
        var chosen = diagnostics.Where(d => MeaningPreservingFixAll.PreservesMeaning(d) && Replacements(d).Count > rank).Select(d => (d, rank)).ToList();
        return chosen.Count == 0 ? document : await ReplaceAsync(document, chosen, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<(Diagnostic Diagnostic, int Rank)> fixes, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var (diagnostic, rank) in fixes)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
                && !replacements.ContainsKey(expression))
            {
                // Fully qualified first; the import adder and the simplifier then shorten it as far as the file allows.
                var constant = SyntaxFactory.ParseExpression("global::AseanUn." + Replacements(diagnostic)[rank].Constant)
                    .WithTriviaFrom(expression)
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                replacements.Add(expression, constant);
            }
        }

        var changed = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static List<(string Constant, string Code)> Replacements(Diagnostic diagnostic)
    {
        var result = new List<(string, string)>();
        if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacements, out var constants) && constants is not null
            && diagnostic.Properties.TryGetValue(DiagnosticProperties.ReplacementCodes, out var codes) && codes is not null)
        {
            var constantList = constants.Split(DiagnosticProperties.Separator);
            var codeList = codes.Split(DiagnosticProperties.Separator);
            for (var i = 0; i < constantList.Length && i < codeList.Length; i++)
            {
                result.Add((constantList[i], codeList[i]));
            }
        }

        return result;
    }
}
