using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AseanUn.Authoring;
using AseanUn.Dates;
using AseanUn.Model;

namespace AseanUn.Tests.Dataset;

/// <summary>One identifier found in a <see cref="RecordReferenceAttribute"/>-marked property.</summary>
internal sealed record FoundReference(PartnershipRecord Owner, string Path, string Id, IReadOnlyList<Type> Targets);

/// <summary>One date found anywhere in a record.</summary>
internal sealed record FoundDate(PartnershipRecord Owner, string Path, PartialDate Date);

/// <summary>
/// Walks records by reflection: every marked reference and every date, including those inside nested values such as
/// a person's roles, so that a new reference property is checked without touching the tests.
/// </summary>
internal static class RecordGraph
{
    public static IEnumerable<FoundReference> References(PartnershipRecord record) =>
        Walk(record, record, record.GetType().Name).OfType<FoundReference>();

    public static IEnumerable<FoundDate> Dates(PartnershipRecord record) =>
        Walk(record, record, record.GetType().Name).OfType<FoundDate>();

    private static IEnumerable<object> Walk(PartnershipRecord owner, object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var here = $"{path}.{property.Name}";
            var content = property.GetValue(value);
            var marker = property.GetCustomAttribute<RecordReferenceAttribute>();
            if (marker is not null)
            {
                foreach (var (id, index) in Identifiers(content))
                {
                    yield return new FoundReference(owner, index is null ? here : $"{here}[{index}]", id, marker.Targets);
                }

                continue;
            }

            switch (content)
            {
                case PartialDate date:
                    yield return new FoundDate(owner, here, date);
                    break;
                case IEnumerable items and not string:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (IsNested(item))
                        {
                            foreach (var found in Walk(owner, item!, $"{here}[{i}]"))
                            {
                                yield return found;
                            }
                        }

                        i++;
                    }

                    break;
                default:
                    if (content is not null && IsNested(content))
                    {
                        foreach (var found in Walk(owner, content, here))
                        {
                            yield return found;
                        }
                    }

                    break;
            }
        }
    }

    // Nested values worth walking are the library's own classes (e.g. Role); records are reached by id, never nested.
    private static bool IsNested(object? item) =>
        item is not null and not PartnershipRecord
        && item.GetType().IsClass
        && item.GetType().Assembly == typeof(PartnershipRecord).Assembly;

    private static IEnumerable<(string Id, int? Index)> Identifiers(object? content)
    {
        switch (content)
        {
            case null:
                yield break;
            case string id:
                yield return (id, null);
                break;
            case IEnumerable<string> ids:
                var i = 0;
                foreach (var id in ids)
                {
                    yield return (id, i++);
                }

                break;
            default:
                throw new InvalidOperationException($"A reference property holds {content.GetType().Name}, neither an id nor a list of ids.");
        }
    }

    public static bool IsOneOf(PartnershipRecord record, IEnumerable<Type> targets) => targets.Any(t => t.IsInstanceOfType(record));
}
