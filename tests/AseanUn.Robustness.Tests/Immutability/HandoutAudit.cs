using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AseanUn.Dates;
using AseanUn.Model;
using AseanUn.Queries;
using NodaTime;

namespace AseanUn.Robustness.Tests.Immutability;

/// <summary>
/// Walks everything a dataset hands out — every public property, and every public method of the dataset and its queries
/// called with arguments drawn from the dataset itself — and records each collection that could be changed through it.
/// </summary>
internal sealed class HandoutAudit
{
    // Methods with arguments are called on the dataset and on the queries it returns; parameterless ones one level deeper
    // (dataset.Query().UnderPillar(code).ToRecords()).
    private const int MaxDepthWithArguments = 1;
    private const int MaxDepth = 2;

    private static readonly Assembly Library = typeof(Partnership).Assembly;

    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, object?[]> _pool;
    private readonly Type[] _recordTypes;

    private HandoutAudit(PartnershipDataset dataset)
    {
        _recordTypes = [.. dataset.Records.Select(r => r.GetType()).Distinct()];
        _pool = ArgumentPool(dataset);
    }

    public List<string> Mutable { get; } = [];

    public List<string> Uncalled { get; } = [];

    public int Collections { get; private set; }

    public int Objects { get; private set; }

    public int Calls { get; private set; }

    public static HandoutAudit Of(PartnershipDataset dataset)
    {
        var audit = new HandoutAudit(dataset);
        audit.Visit(dataset, "dataset", 0);
        return audit;
    }

    private void Visit(object? value, string path, int depth)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !_visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable collection)
        {
            Collections++;
            if (MutableShapes.MutableShapeOf(value) is { } shape)
            {
                Mutable.Add($"{path} is {shape}");
            }

            var index = 0;
            foreach (var item in collection)
            {
                Visit(item, $"{path}[{index++}]", depth);
            }
        }

        if (value.GetType().Assembly != Library)
        {
            return;
        }

        Objects++;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Visit(property.GetValue(value), $"{path}.{property.Name}", depth);
        }

        if (value is PartnershipDataset or RecordQuery && depth <= MaxDepth)
        {
            CallMethods(value, path, depth);
        }
    }

    private void CallMethods(object target, string path, int depth)
    {
        var methods = target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);
        foreach (var declared in methods)
        {
            foreach (var method in declared.IsGenericMethodDefinition ? Instantiations(declared) : [declared])
            {
                var parameters = method.GetParameters();
                if (parameters.Length > 0 && depth > MaxDepthWithArguments)
                {
                    continue;
                }

                if (parameters.Any(p => !_pool.ContainsKey(Unref(p.ParameterType))))
                {
                    Uncalled.Add($"{target.GetType().Name}.{method.Name}");
                    continue;
                }

                foreach (var arguments in Combinations(parameters))
                {
                    Call(target, method, arguments, $"{path}.{method.Name}({string.Join(", ", arguments)})", depth);
                }
            }
        }
    }

    private void Call(object target, MethodInfo method, object?[] arguments, string path, int depth)
    {
        Calls++;
        object? result;
        try
        {
            result = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is KeyNotFoundException)
        {
            // A Get of an id the dataset does not have: documented, and nothing was handed out.
            return;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is ArgumentException)
        {
            // An as-of question about a date without a last day (2016/..): documented as refused; nothing was handed out.
            return;
        }

        Visit(result, path, depth + 1);
        foreach (var written in arguments)
        {
            Visit(written, path + " out", depth + 1);
        }
    }

    private IEnumerable<MethodInfo> Instantiations(MethodInfo method) =>
        method.GetGenericArguments().Length == 1 ? _recordTypes.Append(typeof(PartnershipRecord)).Select(type => MakeGeneric(method, type)).OfType<MethodInfo>() : [];

    private static MethodInfo? MakeGeneric(MethodInfo method, Type type)
    {
        try
        {
            return method.MakeGenericMethod(type);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // One parameter varies over its whole pool; the others take their first value, which keeps the calls linear.
    private IEnumerable<object?[]> Combinations(ParameterInfo[] parameters)
    {
        if (parameters.Length == 0)
        {
            yield return [];
            yield break;
        }

        for (var varying = 0; varying < parameters.Length; varying++)
        {
            foreach (var value in _pool[Unref(parameters[varying].ParameterType)])
            {
                var arguments = parameters.Select(p => _pool[Unref(p.ParameterType)][0]).ToArray();
                arguments[varying] = parameters[varying].IsOut ? null : value;
                yield return arguments;
            }
        }
    }

    private static Type Unref(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private static Dictionary<Type, object?[]> ArgumentPool(PartnershipDataset dataset)
    {
        // A few records of every group, their labels, and text that names nothing.
        var samples = dataset.Records.GroupBy(r => r.GetType()).SelectMany(g => g.Take(4)).ToList();
        string[] strings =
        [
            .. samples.Select(r => r.Id),
            .. samples.Select(r => r.Label),
            .. dataset.Organisations.Take(6).Select(o => o.Acronym).OfType<string>(),
            "", " ", "no-such-id", "EC.9.9", "ZZ", "asean", "UN",
        ];
        PartialDate[] dates = [PartialDate.Year(1977), PartialDate.Years(2010, 2015), PartialDate.Day(2011, 11, 19), PartialDate.Since(PartialDate.Year(2016)), dataset.AsOf];
        var pool = new Dictionary<Type, object?[]>
        {
            [typeof(string)] = strings,
            [typeof(PartialDate)] = [.. dates.Cast<object>()],
            [typeof(DateInterval)] = [new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2016, 12, 31)), new DateInterval(new LocalDate(1977, 1, 1), new LocalDate(1977, 1, 1))],
        };
        foreach (var type in Library.GetExportedTypes().Where(t => t.IsEnum))
        {
            pool[type] = [.. Enum.GetValues(type).Cast<object>(), Enum.ToObject(type, 99)];
        }

        foreach (var type in pool.Keys.Where(t => t.IsValueType).ToList())
        {
            pool[typeof(Nullable<>).MakeGenericType(type)] = [null, .. pool[type]];
        }

        // Records are passed in (the sample records of the type) and received through out parameters.
        foreach (var type in typeof(PartnershipRecord).Assembly.GetExportedTypes().Where(t => typeof(PartnershipRecord).IsAssignableFrom(t)))
        {
            var ofType = samples.Where(type.IsInstanceOfType).ToArray<object?>();
            pool[type] = ofType.Length > 0 ? ofType : [null];
        }

        return pool;
    }
}
