using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Which kinds of operation can reach a marked place in a compilation, and by which names. Every compilation with
/// AseanUn has marked methods and constructors, but an indexer with a marked parameter, or a marked property or field,
/// is rare: without one, no property reference and no assignment can reach a mark. And a call, creation or assignment
/// that reaches a mark almost always writes its name — the method's, the created type's (or an alias of it), the
/// property's or field's — so a tree whose text writes none of <see cref="Names"/> has nothing to check
/// (<see cref="AllNamed"/> says when that holds).
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

    // Methods the compiler calls without their name being written: collection initialisers (Add), interpolated string
    // handlers, query expressions, deconstruction, foreach, using, await and fixed.
    private static readonly HashSet<string> ImplicitlyCalled = new(StringComparer.Ordinal)
    {
        "Add", "AppendLiteral", "AppendFormatted", "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy",
        "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast", "Deconstruct", "GetEnumerator",
        "GetAsyncEnumerator", "MoveNext", "MoveNextAsync", "Dispose", "DisposeAsync", "GetAwaiter", "GetResult",
        "GetPinnableReference", "Slice", "Create",
    };

    private static readonly ConditionalWeakTable<IAssemblySymbol, ReachableMarks> ByAssembly = new();

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private ReachableMarks()
    {
        AllNamed = true;
    }

    /// <summary>Gets whether an indexer has a marked parameter: an element access can then pass a code.</summary>
    public bool Indexers { get; private set; }

    /// <summary>Gets whether a property or field is marked: an assignment can then store a code.</summary>
    public bool PropertiesOrFields { get; private set; }

    /// <summary>Gets whether a constructor has a marked parameter: a target-typed <c>new(…)</c> can then pass a code.</summary>
    public bool Constructors { get; private set; }

    /// <summary>
    /// Gets whether a constructor that a constructor initializer (<c>: base(…)</c>, <c>: this(…)</c>) can call has a
    /// marked parameter: one declared in source, or in a type that can be derived from.
    /// </summary>
    public bool InitializedConstructors { get; private set; }

    /// <summary>
    /// Gets whether every call, creation, assignment and initialiser that can reach a mark writes one of
    /// <see cref="Names"/>, a target-typed <c>new(</c> (when <see cref="Constructors"/>), or <c>base(</c> or
    /// <c>this(</c> (when <see cref="InitializedConstructors"/>). Not so when an indexer or a delegate is marked, a
    /// method the compiler calls by itself (<c>Add</c> of a collection initialiser, say), or a mark is written in a
    /// way this does not follow (a using alias of the mark, a declaration of unexpected shape).
    /// </summary>
    public bool AllNamed { get; private set; }

    /// <summary>
    /// Gets the names that reach a mark: of methods with a marked parameter, of types with a marked constructor (with
    /// and without the <c>Attribute</c> suffix, and every using alias of them), and of marked properties and fields.
    /// </summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>Gets whether <paramref name="name"/> is one of <see cref="Names"/>.</summary>
    public bool Reaches(string name) => _names.Contains(name);

    /// <summary>Finds what can reach a mark in <paramref name="compilation"/>.</summary>
    public static ReachableMarks Of(Compilation compilation, MarkedPlaces places)
    {
        var result = new ReachableMarks();
        foreach (var assembly in places.AssembliesThatMayMark)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                result.Add(ByAssembly.GetValue(assembly, a => FromMetadata(compilation, a) ?? FromSymbols(a, places)));
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var written = MarkNames.Find(tree);
            if (written.Length > 0)
            {
                result.AddFromSource(tree.GetRoot(), written);
            }
        }

        if (result.AllNamed)
        {
            foreach (var alias in UsingAliases.Of(compilation, result._names.Contains))
            {
                result.AddTypeName(alias);
            }
        }

        return result;
    }

    private void Add(ReachableMarks other)
    {
        Indexers |= other.Indexers;
        PropertiesOrFields |= other.PropertiesOrFields;
        Constructors |= other.Constructors;
        InitializedConstructors |= other.InitializedConstructors;
        AllNamed &= other.AllNamed;
        _names.UnionWith(other._names);
    }

    // The marks of an assembly do not depend on the compilation that references it.
    private static ReachableMarks? FromMetadata(Compilation compilation, IAssemblySymbol assembly)
    {
        var result = new ReachableMarks();
        return MarkedMetadata.TryAdd(compilation, assembly, result) ? result : null;
    }

    // Symbols serve where there is no metadata to read: a project reference in an editor is compiled from its source.
    private static ReachableMarks FromSymbols(IAssemblySymbol assembly, MarkedPlaces places)
    {
        var result = new ReachableMarks();
        result.AddFromSymbols(assembly.GlobalNamespace, places);
        return result;
    }

    /// <summary>Adds a marked method, called by its name.</summary>
    internal void AddMethod(string name) => AddName(name);

    /// <summary>Adds a marked constructor of the type named <paramref name="typeName"/>.</summary>
    internal void AddConstructor(string typeName, bool inheritable)
    {
        Constructors = true;
        InitializedConstructors |= inheritable;
        AddTypeName(typeName);
    }

    /// <summary>Adds a marked property or field that can be assigned.</summary>
    internal void AddAssignable(string name)
    {
        PropertiesOrFields = true;
        _names.Add(name);
    }

    private void AddName(string name)
    {
        _names.Add(name);
        if (ImplicitlyCalled.Contains(name))
        {
            AllNamed = false;
        }
    }

    private void AddTypeName(string name)
    {
        _names.Add(name);
        const string Suffix = "Attribute";
        if (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            _names.Add(name.Substring(0, name.Length - Suffix.Length));
        }
    }

    /// <summary>Records a mark that can be reached without its name being written.</summary>
    internal void AddUnnamed()
    {
        Indexers = PropertiesOrFields = true;
        AllNamed = false;
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
                    if (places.HasMarkedParameter(indexer) || places.KindOf(indexer) != CodeKind.None)
                    {
                        AddUnnamed();
                    }

                    break;
                case IPropertySymbol { SetMethod: not null } or IFieldSymbol { IsReadOnly: false, IsConst: false }:
                    // Only a writable member can be assigned: a get-only property or a constant is never asked about
                    // its attributes, which would have to be read from metadata.
                    if (places.KindOf(member) != CodeKind.None)
                    {
                        PropertiesOrFields = true;
                        _names.Add(member.Name);
                    }

                    break;
                case IMethodSymbol method when places.HasMarkedParameter(method):
                    AddMarkedMethod(method);
                    break;
            }
        }
    }

    private void AddMarkedMethod(IMethodSymbol method)
    {
        switch (method.MethodKind)
        {
            case MethodKind.Constructor:
                Constructors = true;
                InitializedConstructors |= method.ContainingType is { IsSealed: false, IsStatic: false, TypeKind: TypeKind.Class };
                AddTypeName(method.ContainingType.Name);
                break;
            case MethodKind.Ordinary or MethodKind.ReducedExtension:
                AddName(method.Name);
                break;
            case MethodKind.DelegateInvoke:
                // A delegate is invoked by the name of whatever holds it.
                AddUnnamed();
                break;
            default:
                // Operators and conversions are not calls; accessors and explicit implementations are never named.
                _names.Add(method.Name);
                break;
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
                AddUnnamed();
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
            case ParameterSyntax { Parent.Parent: MethodDeclarationSyntax method }:
                AddName(method.Identifier.ValueText);
                break;
            case ParameterSyntax { Parent.Parent: LocalFunctionStatementSyntax function }:
                AddName(function.Identifier.ValueText);
                break;
            case ParameterSyntax { Parent.Parent: ConstructorDeclarationSyntax constructor }:
                Constructors = InitializedConstructors = true;
                AddTypeName(constructor.Identifier.ValueText);
                break;
            case ParameterSyntax { Parent.Parent: TypeDeclarationSyntax type } parameter:
                // A primary constructor's parameter; a record's may also mark its property.
                Constructors = InitializedConstructors = PropertiesOrFields = true;
                AddTypeName(type.Identifier.ValueText);
                _names.Add(parameter.Identifier.ValueText);
                break;
            case ParameterSyntax { Parent.Parent: OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax }:
                // Operators and conversions are not calls.
                break;
            case ParameterSyntax { Parent.Parent: IndexerDeclarationSyntax }:
                Indexers = true;
                AllNamed = false;
                break;
            case ParameterSyntax { Parent.Parent: AnonymousFunctionExpressionSyntax or DelegateDeclarationSyntax }:
                // Invoked by the name of whatever holds the delegate.
                AllNamed = false;
                break;
            case PropertyDeclarationSyntax property:
                PropertiesOrFields = true;
                _names.Add(property.Identifier.ValueText);
                break;
            case BaseFieldDeclarationSyntax field:
                PropertiesOrFields = true;
                foreach (var variable in field.Declaration.Variables)
                {
                    _names.Add(variable.Identifier.ValueText);
                }

                break;
            default:
                // An indexer, a delegate, a lambda, or a declaration of unexpected shape.
                AddUnnamed();
                break;
        }
    }
}
