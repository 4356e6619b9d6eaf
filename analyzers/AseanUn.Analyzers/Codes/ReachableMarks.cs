using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Which kinds of operation can reach a marked place in a compilation. Every compilation with AseanUn has marked
/// methods and constructors, but an indexer with a marked parameter, or a marked property or field, is rare: without
/// one, no property reference and no assignment can reach a mark, and the analyzer asks for neither — the two most
/// frequent operations of ordinary code, each a callback.
/// </summary>
/// <remarks>
/// Read from the symbols of AseanUn and the assemblies that reference it (once per assembly: the compiler shares a
/// referenced assembly's symbols between the compilations that reference the same file), and from the syntax of the
/// compilation's own trees that write a mark attribute's name — found by a scan of their text, without binding. A mark
/// this cannot place (given another name by a using alias, or on a declaration of unexpected shape) counts as both.
/// </remarks>
internal sealed class ReachableMarks
{
    // The simple names of the mark attributes, with and without the suffix.
    private static readonly SourceNames MarkNames = new(
    [
        "PillarCode", "AreaCode", "ActionLineCode", "PillarCodeAttribute", "AreaCodeAttribute", "ActionLineCodeAttribute",
    ]);

    private static readonly ConditionalWeakTable<IAssemblySymbol, ReachableMarks> ByAssembly = new();

    private ReachableMarks(bool indexers, bool propertiesOrFields)
    {
        Indexers = indexers;
        PropertiesOrFields = propertiesOrFields;
    }

    /// <summary>Gets whether an indexer has a marked parameter: an element access can then pass a code.</summary>
    public bool Indexers { get; private set; }

    /// <summary>Gets whether a property or field is marked: an assignment can then store a code.</summary>
    public bool PropertiesOrFields { get; private set; }

    /// <summary>Finds what can reach a mark in <paramref name="compilation"/>.</summary>
    public static ReachableMarks Of(Compilation compilation, MarkedPlaces places)
    {
        var result = new ReachableMarks(indexers: false, propertiesOrFields: false);
        foreach (var assembly in places.AssembliesThatMayMark)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                result.Add(ByAssembly.GetValue(assembly, a => FromSymbols(a, places)));
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (result.Indexers && result.PropertiesOrFields)
            {
                break;
            }

            var written = MarkNames.Find(tree);
            if (written.Length > 0)
            {
                result.AddFromSource(tree.GetRoot(), written);
            }
        }

        return result;
    }

    private void Add(ReachableMarks other)
    {
        Indexers |= other.Indexers;
        PropertiesOrFields |= other.PropertiesOrFields;
    }

    // The marks of an assembly do not depend on the compilation that references it.
    private static ReachableMarks FromSymbols(IAssemblySymbol assembly, MarkedPlaces places)
    {
        var result = new ReachableMarks(indexers: false, propertiesOrFields: false);
        result.AddFromSymbols(assembly.GlobalNamespace, places);
        return result;
    }

    private void AddFromSymbols(INamespaceOrTypeSymbol container, MarkedPlaces places)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    AddFromSymbols(nested, places);
                    break;
                case IPropertySymbol { IsIndexer: true } indexer:
                    Indexers = Indexers || places.HasMarkedParameter(indexer);
                    break;
                case IPropertySymbol { SetMethod: not null } or IFieldSymbol { IsReadOnly: false, IsConst: false }:
                    // Only a writable member can be assigned: a get-only property or a constant is never asked about
                    // its attributes, which would have to be read from metadata.
                    PropertiesOrFields = PropertiesOrFields || places.KindOf(member) != CodeKind.None;
                    break;
            }
        }
    }

    // Where a mark's name is written as an attribute, what it marks; a name in a comment or string is passed over.
    private void AddFromSource(SyntaxNode root, int[] written)
    {
        foreach (var position in written)
        {
            var token = root.FindToken(position);
            if (token.SpanStart != position || token.Parent is not SimpleNameSyntax simple)
            {
                continue;
            }

            SyntaxNode name = simple;
            while ((name.Parent is QualifiedNameSyntax qualified && qualified.Right == name) || (name.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == name))
            {
                name = name.Parent;
            }

            if (name.Parent is UsingDirectiveSyntax { Alias: not null })
            {
                // The mark is given another name, which this does not follow.
                Indexers = PropertiesOrFields = true;
                return;
            }

            if (name.Parent is AttributeSyntax attribute && attribute.Name == name)
            {
                AddMarked(attribute.Parent?.Parent);
            }
        }
    }

    private void AddMarked(SyntaxNode? declaration)
    {
        switch (declaration)
        {
            case ParameterSyntax { Parent.Parent: IndexerDeclarationSyntax }:
                Indexers = true;
                break;
            case ParameterSyntax { Parent.Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or DelegateDeclarationSyntax }:
                break;
            case ParameterSyntax:
                // A record's primary constructor parameter may also mark its property.
                PropertiesOrFields = true;
                break;
            default:
                // A property, a field, or a declaration of unexpected shape.
                PropertiesOrFields = true;
                if (declaration is not (PropertyDeclarationSyntax or BaseFieldDeclarationSyntax))
                {
                    Indexers = true;
                }

                break;
        }
    }
}
