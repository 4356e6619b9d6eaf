using System.Linq;
using AseanUn.Model;

namespace AseanUn.Generators;

/// <summary>Writes <c>RecordTypeTable.Create()</c>: each record type's registry entry with its reference descriptors.</summary>
internal static class RecordTypeTableEmitter
{
    public static string Emit(ModelDescription model)
    {
        var text = new CodeWriter("AseanUn.Model", model);
        text.Line("/// <summary>The registry entries of the record types, in dataset order, as their declarations give them.</summary>");
        text.Open("internal static class RecordTypeTable");
        text.Line("/// <summary>Creates the entries (once, for <see cref=\"RecordTypes.All\"/>).</summary>");
        text.Line("public static RecordType[] Create() =>").Line("[");
        foreach (var record in model.Records)
        {
            var references = record.Fields.Select(f => Reference(record, f, model)).Where(r => r is not null).ToList();
            var tail = string.Concat(references.Select(r => ",\n            " + r));
            text.Line($"    new RecordType<{record.FullName}>({Words.Literal(record.GroupName)}, (RecordIdRule){record.IdRule}, {Words.Literal(record.Description)}, RecordFieldTable.{record.Name}{tail}),");
        }

        text.Line("];");
        text.Close();
        return text.ToString();
    }

    private static string? Reference(TypeModel owner, FieldModel field, ModelDescription model)
    {
        var targets = string.Concat(field.Targets.Select(t => $", typeof({t})"));
        switch (field.Shape)
        {
            case RecordFieldKind.Reference:
                return $"ReferenceProperty.Single<{owner.FullName}>({Words.Literal(field.Name)}, static o => o.{field.Name}, {Words.Literal(field.Relation)}{targets})";
            case RecordFieldKind.ReferenceList:
                return $"ReferenceProperty.List<{owner.FullName}>({Words.Literal(field.Name)}, static o => o.{field.Name}, {Words.Literal(field.Relation)}{targets})";
            case RecordFieldKind.Items:
                var item = model.Items.First(i => i.FullName == field.ValueType);
                var inner = item.Fields.Select(f => Reference(item, f, model)).Where(r => r is not null).ToList();
                return inner.Count == 0 ? null
                    : $"ReferenceProperty.Items<{owner.FullName}, {item.FullName}>({Words.Literal(field.Name)}, static o => o.{field.Name}, {string.Join(", ", inner)})";
            default:
                return null;
        }
    }
}
