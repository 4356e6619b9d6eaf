using System;
using System.Linq;
using System.Reflection;
using AseanUn.Benchmarks.Running;
using BenchmarkDotNet.Attributes;

namespace AseanUn.Benchmarks.Tests;

/// <summary>The benchmark classes of the benchmark program, as the switcher finds them.</summary>
public static class BenchmarkClasses
{
    /// <summary>Gets every class with at least one [Benchmark] method.</summary>
    public static Type[] All { get; } = [.. typeof(BenchmarkProgram).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && Benchmarks(t).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Gets the names of <see cref="All"/>, as theory data.</summary>
    public static TheoryData<string> Names { get; } = [.. All.Select(t => t.FullName!)];

    /// <summary>Returns the class called <paramref name="name"/>.</summary>
    public static Type Named(string name) => All.Single(t => t.FullName == name);

    /// <summary>Returns the [Benchmark] methods of <paramref name="type"/>.</summary>
    public static MethodInfo[] Benchmarks(Type type) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];
}
