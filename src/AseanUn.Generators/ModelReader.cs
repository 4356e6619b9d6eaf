using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AseanUn.Model;
using Microsoft.CodeAnalysis;

namespace AseanUn.Generators;

/// <summary>Reads the model from the compilation: the record types (with <c>[RecordGroup]</c>), the base record, the item types they hold.</summary>
internal sealed class ModelReader
{
    public const string RecordBaseName = "AseanUn.Model.PartnershipRecord";
    private const string GroupAttribute = "AseanUn.Model.RecordGroupAttribute";
    private const string ReferenceAttribute = "AseanUn.Authoring.RecordReferenceAttribute";
    private const string ViewAttribute = "AseanUn.Model.StatementViewAttribute";
    private const string StoredAsAttribute = "AseanUn.Model.StoredAsAttribute";
    private const string WrittenWhenSetAttribute = "AseanUn.Model.WrittenWhenSetAttribute";
    private const string ArrayType = "AseanUn.Collections.EquatableArray<T>";
    private const string DateType = "AseanUn.Dates.PartialDate";

    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, TypeModel> _items = new();
    private readonly List<TypeModel> _itemOrder = new();

    private ModelReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>Reads the model, or returns <see langword="null"/> for a compilation without the record base (any other project).</summary>
    public static ModelDescription? Read(Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(RecordBaseName) is not { } recordBase)
        {
            return null;
        }

        var reader = new ModelReader(cancellationToken);
        var problems = new List<string>();
        var records = new List<TypeModel>();
        foreach (var type in recordBase.ContainingNamespace.GetTypeMembers().Where(t => !t.IsAbstract && SymbolEqualityComparer.Default.Equals(t.BaseType, recordBase)))
        {
            var record = reader.Describe(type);
            if (type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == GroupAttribute) is not { ConstructorArguments.Length: 2 } group)
            {
                problems.Add($"The record type {type.Name} has no [RecordGroup(groupName, position)]: every record type names its JSON group and its place in dataset order.");
                continue;
            }

            record.GroupName = group.ConstructorArguments[0].Value as string ?? "";
            record.Position = group.ConstructorArguments[1].Value is int position ? position : -1;
            record.IdRule = group.NamedArguments.FirstOrDefault(a => a.Key == "IdRule").Value.Value is int rule ? rule : 0;
            records.Add(record);
        }

        records.Sort((a, b) => a.Position.CompareTo(b.Position));
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Position != i)
            {
                problems.Add($"The record type {records[i].Name} is at position {records[i].Position} in [RecordGroup]; positions must run 0, 1, 2… without gaps or repeats (the dataset order and the compact form's tags), and {i} is next.");
                break;
            }
        }

        var common = reader.Describe(recordBase);
        var compactBase = compilation.GetTypeByMetadataName("AseanUn.BuiltIn.CompactBase") is { } found
            ? found.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && f.DeclaredAccessibility == Accessibility.Public).Select(f => f.Name).ToList()
            : new List<string>();
        return new ModelDescription(records, common, reader._itemOrder, compactBase, problems);
    }

    private TypeModel Describe(INamedTypeSymbol type)
    {
        var fields = new List<FieldModel>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            // A view of the statements is not a field: the statements carry its values.
            if (!property.IsStatic && !property.IsIndexer && !property.IsOverride && property.DeclaredAccessibility == Accessibility.Public && property.SetMethod is not null
                && !property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == ViewAttribute))
            {
                fields.Add(Field(property));
            }
        }

        return new TypeModel(type.Name, Qualified(type), type.TypeKind == TypeKind.Class, XmlSummary.Of(type, _cancellationToken), fields);
    }

    private FieldModel Field(IPropertySymbol property)
    {
        var type = property.Type;
        var optional = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            optional = true;
        }
        else if (type.IsReferenceType && property.NullableAnnotation == NullableAnnotation.Annotated)
        {
            optional = true;
        }

        var reference = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ReferenceAttribute);
        var targets = reference is null ? new List<string>()
            : reference.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : System.Collections.Immutable.ImmutableArray.Create(a))
                .Select(v => v.Value).OfType<ITypeSymbol>().Select(Qualified).ToList();
        var relation = reference is null ? null
            : reference.NamedArguments.FirstOrDefault(a => a.Key == "Relation").Value.Value as string ?? Words.Relation(property.Name);

        var shape = RecordFieldKind.Value;
        var valueType = type;
        var itemIsClass = false;
        if (type.SpecialType == SpecialType.System_String)
        {
            shape = reference is null ? RecordFieldKind.Text : RecordFieldKind.Reference;
        }
        else if (type.SpecialType == SpecialType.System_Int32)
        {
            shape = RecordFieldKind.Integer;
        }
        else if (type.SpecialType == SpecialType.System_Decimal)
        {
            shape = RecordFieldKind.Number;
        }
        else if (type.SpecialType == SpecialType.System_Boolean)
        {
            shape = RecordFieldKind.Boolean;
        }
        else if (type.TypeKind == TypeKind.Enum)
        {
            shape = RecordFieldKind.Enumeration;
        }
        else if (type.ToDisplayString() == DateType)
        {
            shape = RecordFieldKind.Date;
        }
        else if (type is INamedTypeSymbol { TypeArguments.Length: 1 } array && array.OriginalDefinition.ToDisplayString() == ArrayType)
        {
            var item = array.TypeArguments[0];
            if (item.SpecialType == SpecialType.System_String)
            {
                shape = reference is null ? RecordFieldKind.TextList : RecordFieldKind.ReferenceList;
            }
            else
            {
                shape = RecordFieldKind.Items;
                valueType = item;
                itemIsClass = item.TypeKind == TypeKind.Class;
                AddItemType(item);
            }
        }

        var hookName = valueType.Name;
        var storedName = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == StoredAsAttribute)?.ConstructorArguments[0].Value as string ?? property.Name;
        var writtenWhenSet = property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == WrittenWhenSetAttribute);
        return new FieldModel(property.Name, storedName, shape, property.IsRequired, optional, Qualified(valueType), hookName, itemIsClass, targets, relation, XmlSummary.Of(property, _cancellationToken))
        {
            WrittenWhenSet = writtenWhenSet,
        };
    }

    // Item types are described once each, after the item types they hold, so that generated tables can refer to earlier ones.
    private void AddItemType(ITypeSymbol item)
    {
        var name = Qualified(item);
        if (_items.ContainsKey(name) || item is not INamedTypeSymbol named)
        {
            return;
        }

        _items.Add(name, null!);
        var model = Describe(named);
        _items[name] = model;
        _itemOrder.Add(model);
    }

    private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
