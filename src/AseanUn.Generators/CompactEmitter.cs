using System.Collections.Generic;
using System.Linq;
using AseanUn.Model;

namespace AseanUn.Generators;

/// <summary>
/// Writes the compact form's per-type fields: a writer and a reader arm per record type, and a writer and reader per
/// item class, each field in declaration order. The base record's fields are not written here: the hand-written
/// <c>CompactBase</c> reads and writes them, and each record built here takes them from it by name.
/// </summary>
internal static class CompactEmitter
{
    public static string Emit(ModelDescription model)
    {
        var text = new CodeWriter("AseanUn.BuiltIn", model);
        text.Line("using AseanUn.Model;").Line();
        text.Open("internal static partial class CompactRecords");

        text.Line("/// <summary>Writes the fields <paramref name=\"record\"/>'s own type declares, in declaration order.</summary>");
        text.Open("private static void WriteOwnFields(CompactWriter w, PartnershipRecord record)");
        text.Open("switch (record)");
        foreach (var record in model.Records)
        {
            text.Line($"case {record.FullName} x:");
            text.Line($"    {string.Join(" ", record.Fields.Select(f => Write(f, "x")))}");
            text.Line("    break;");
        }

        text.Close().Close().Line();

        text.Line("/// <summary>Reads the fields of the record type at <paramref name=\"tag\"/> (its position in dataset order) and builds the record.</summary>");
        text.Line("private static PartnershipRecord ReadOwnFields(CompactReader r, int tag, CompactBase @base) => tag switch");
        text.Line("{");
        foreach (var record in model.Records)
        {
            text.Line($"    {record.Position} => Read{record.Name}(r, @base),");
        }

        text.Line("    _ => throw new System.IO.InvalidDataException($\"The built-in data holds a record of unknown tag {tag} (id '{@base.Id}').\"),");
        text.Line("};");

        // One method per type, so that reading one group compiles only its type's reader. Each returns the base type:
        // compiling the switch above then loads no record type, where typed returns loaded all of them.
        var baseFields = string.Join(", ", model.CompactBase.Select(name => $"{name} = @base.{name}"));
        foreach (var record in model.Records)
        {
            var fields = record.Fields.Select(f => $"{f.Name} = {Read(f)}");
            text.Line();
            text.Line($"private static PartnershipRecord Read{record.Name}(CompactReader r, CompactBase @base) =>");
            text.Line($"    new {record.FullName} {{ {string.Join(", ", new[] { baseFields }.Concat(fields))} }};");
        }

        foreach (var item in model.Items.Where(i => i.IsClass && UsedByRecords(model, i)))
        {
            text.Line();
            text.Line($"private static void Write{item.Name}(CompactWriter w, {item.FullName} item)");
            text.Line("{");
            text.Line($"    {string.Join(" ", item.Fields.Select(f => Write(f, "item")))}");
            text.Line("}");
            text.Line();
            text.Line($"private static {item.FullName} Read{item.Name}(CompactReader r) =>");
            text.Line($"    new() {{ {string.Join(", ", item.Fields.Select(f => $"{f.Name} = {Read(f)}"))} }};");
        }

        text.Close();
        return text.ToString();
    }

    // The base record's item types (claims, inferences) are the hand-written base part's; only the records' own are generated.
    private static bool UsedByRecords(ModelDescription model, TypeModel item)
    {
        var used = new HashSet<string>();
        var pending = new Stack<string>(model.Records.SelectMany(r => r.Fields).Where(f => f.Shape == RecordFieldKind.Items).Select(f => f.ValueType));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (used.Add(name) && model.Items.FirstOrDefault(i => i.FullName == name) is { } held)
            {
                foreach (var field in held.Fields.Where(f => f.Shape == RecordFieldKind.Items))
                {
                    pending.Push(field.ValueType);
                }
            }
        }

        return used.Contains(item.FullName);
    }

    private static string Write(FieldModel field, string owner)
    {
        var value = $"{owner}.{field.StoredName}";
        return field.Shape switch
        {
            RecordFieldKind.Text or RecordFieldKind.Reference => $"w.String({value});",
            RecordFieldKind.TextList or RecordFieldKind.ReferenceList => $"w.Strings({value});",
            RecordFieldKind.Integer => field.IsOptional ? $"w.OptionalInt({value});" : $"w.Int({value});",
            RecordFieldKind.Number when !field.IsOptional => $"w.Decimal({value});",
            RecordFieldKind.Boolean => field.IsOptional ? $"w.OptionalInt({value} is null ? null : {value}.Value ? 1 : 0);" : $"w.Bool({value});",
            RecordFieldKind.Enumeration => field.IsOptional ? $"w.OptionalInt((int?){value});" : $"w.Int((int){value});",
            RecordFieldKind.Date => field.IsOptional ? $"w.OptionalDate({value});" : $"w.Date({value});",
            RecordFieldKind.Items => $"w.Array({value}, Write{field.HookName});",
            _ => $"Write{field.HookName}(w, {value});",
        };
    }

    private static string Read(FieldModel field) => field.Shape switch
    {
        RecordFieldKind.Text or RecordFieldKind.Reference => field.IsOptional ? "r.OptionalString()" : "r.String()",
        RecordFieldKind.TextList or RecordFieldKind.ReferenceList => "r.Strings()",
        RecordFieldKind.Integer => field.IsOptional ? "r.OptionalInt()" : "r.Int()",
        RecordFieldKind.Number when !field.IsOptional => "r.Decimal()",
        RecordFieldKind.Boolean => field.IsOptional ? "r.OptionalInt() switch { null => (bool?)null, var b => b != 0 }" : "r.Bool()",
        RecordFieldKind.Enumeration => field.IsOptional ? $"({field.ValueType}?)r.OptionalInt()" : $"({field.ValueType})r.Int()",
        RecordFieldKind.Date => field.IsOptional ? "r.OptionalDate()" : "r.Date()",
        RecordFieldKind.Items => $"r.Array(Read{field.HookName})",
        _ => $"Read{field.HookName}(r)",
    };
}
