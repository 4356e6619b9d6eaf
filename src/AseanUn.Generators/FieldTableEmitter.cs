using System.Linq;
using AseanUn.Model;

namespace AseanUn.Generators;

/// <summary>Writes <c>RecordFieldTable</c>: the field table of the base record, of each record type and of each item type.</summary>
internal static class FieldTableEmitter
{
    public static string Emit(ModelDescription model)
    {
        var text = new CodeWriter("AseanUn.Model", model);
        text.Line("/// <summary>The fields of each record type and of the items records hold, in declaration order.</summary>");
        text.Open("internal static class RecordFieldTable");

        // Item tables first: static fields initialise in text order, and the tables that hold items refer to them.
        foreach (var type in model.Items.Concat([model.Common]).Concat(model.Records))
        {
            text.Line($"/// <summary>The fields of <see cref=\"{type.FullName}\"/>.</summary>");
            text.Line($"public static readonly RecordField[] {type.Name} =").Line("[");
            foreach (var field in type.Fields)
            {
                text.Line("    " + Field(type, field) + ",");
            }

            text.Line("];").Line();
        }

        // Every enumeration a field of a record, of the base record or of an item uses: the JSON reader's table of names.
        var enumerations = model.Records.Concat(model.Items).Concat([model.Common]).SelectMany(t => t.Fields)
            .Where(f => f.Shape == RecordFieldKind.Enumeration).Select(f => f.ValueType).Distinct();
        // The fields of the base record and of each record type the export writes only when set, by JSON name.
        var whenSet = model.Records.Concat([model.Common]).SelectMany(t => t.Fields.Where(f => f.WrittenWhenSet).Select(f => $"(typeof({t.FullName}), {Words.Literal(f.JsonName)})"));
        text.Line("/// <summary>The record fields (of a record type, or of every record) the JSON export writes only when they hold something.</summary>");
        text.Line($"public static readonly (System.Type Owner, string JsonName)[] WrittenWhenSet = [{string.Join(", ", whenSet)}];").Line();

        text.Line("/// <summary>Every enumeration the fields use, in the order they first appear.</summary>");
        text.Line($"public static readonly System.Type[] Enumerations = [{string.Join(", ", enumerations.Select(e => $"typeof({e})"))}];");
        text.Close();
        return text.ToString();
    }

    private static string Field(TypeModel owner, FieldModel field)
    {
        var label = field.Relation ?? Words.Spaced(field.Name);
        var targets = field.Targets.Count == 0 ? "[]" : "[" + string.Join(", ", field.Targets.Select(t => $"typeof({t})")) + "]";
        var items = field.Shape == RecordFieldKind.Items ? field.ValueType.Split('.').Last() : "[]";
        var valueType = field.Shape switch
        {
            RecordFieldKind.Text or RecordFieldKind.Reference => "string",
            RecordFieldKind.TextList or RecordFieldKind.ReferenceList => "string",
            _ => field.ValueType,
        };
        return $"new(\"{field.Name}\", \"{field.JsonName}\", RecordFieldKind.{field.Shape}, {Words.Literal(label)}, {Words.Literal(field.Description)}, " +
            $"{Bool(field.IsRequired)}, {Bool(field.IsOptional)}, typeof({valueType}), {targets}, {Words.Literal(field.Relation)}, {items}, " +
            $"static o => (({owner.FullName})o).{field.Name})";
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
