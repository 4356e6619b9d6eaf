using System;
using System.Reflection;
using System.Runtime.Loader;
using AseanUn.Queries;

namespace AseanUn.Tests.Startup;

/// <summary>
/// What a first look-up in the built-in dataset costs a fresh process, counted as IL compiled rather than timed:
/// it reads the compact data's head and ids, builds one id table and reads one group of records, and leaves the record-type registry (every type's fields and
/// reference descriptors, the largest methods of the library) to the queries that need it.
/// </summary>
public sealed class FirstLookupWorkTests
{
    // 19,348 bytes of IL while the first look-up built the registry and a frozen dictionary of ids; 8,501 once it read
    // every record without them; 5,523 once it read only its record's group; 3,900 since its error messages are made
    // apart and the switch of record readers loads no record type (Debug build). The margin is for fields added to the
    // model; the build before those cuts (5,523) fails it, and the registry alone is over 10,000 bytes.
    private const long MostILBytesCompiled = 4_800;

    [Fact]
    public void A_first_look_up_compiles_the_reader_not_the_registry()
    {
        // A copy of the library in a context of its own has its statics unset and its methods not yet compiled, as in a
        // fresh process; NodaTime and the framework are shared with this process, already started.
        var context = new AssemblyLoadContext(nameof(FirstLookupWorkTests), isCollectible: true);
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(Partnership).Assembly.Location);
            var current = library.GetType(typeof(Partnership).FullName!)!.GetProperty(nameof(Partnership.Current))!;
            var tryGetPillar = library.GetType(typeof(PartnershipDataset).FullName!)!.GetMethod(nameof(PartnershipDataset.TryGetPillar))!;
            object?[] arguments = [PillarCodes.SocioCultural, null];

            var before = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true);
            var found = (bool)tryGetPillar.Invoke(current.GetValue(null), arguments)!;
            var compiled = System.Runtime.JitInfo.GetCompiledILBytes(currentThread: true) - before;

            Assert.True(found);
            Assert.True(compiled <= MostILBytesCompiled, $"The first look-up compiled {compiled:N0} bytes of IL; at most {MostILBytesCompiled:N0} expected.");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_first_look_up_leaves_NodaTime_unloaded_until_a_day_is_asked_for()
    {
        // The dates read with the records are packed numbers: NodaTime, whose start-up loads XML serialisation with
        // it, is loaded when a LocalDate is made, not before. The context sees every assembly its copy asks for.
        var context = new RecordingContext();
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(Partnership).Assembly.Location);
            var dataset = library.GetType(typeof(Partnership).FullName!)!.GetProperty(nameof(Partnership.Current))!.GetValue(null)!;
            object?[] arguments = [PillarCodes.SocioCultural, null];
            Assert.True((bool)dataset.GetType().GetMethod(nameof(PartnershipDataset.TryGetPillar))!.Invoke(dataset, arguments)!);

            Assert.DoesNotContain("NodaTime", context.Requested);

            var asOf = dataset.GetType().GetProperty(nameof(PartnershipDataset.AsOf))!.GetValue(dataset)!;
            var end = asOf.GetType().GetProperty(nameof(AseanUn.Dates.PartialDate.End))!.GetValue(asOf);
            Assert.Equal(Partnership.Current.AsOf.End, Assert.IsType<NodaTime.LocalDate>(end));
            Assert.Contains("NodaTime", context.Requested);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_id_table_finds_every_id_and_nothing_else()
    {
        var ids = new string[600];
        for (var i = 0; i < ids.Length; i++)
        {
            // Series that differ only in a number or a year, as record ids do.
            ids[i] = i % 3 == 0 ? $"summit-{i}" : i % 3 == 1 ? $"plan-of-action-{2000 + i}-{2005 + i}" : $"SC.{i % 7}.{i}";
        }

        var table = new IdTable(ids);

        for (var i = 0; i < ids.Length; i++)
        {
            Assert.True(table.TryGetValue(ids[i], out var ordinal));
            Assert.Equal(i, ordinal);
            Assert.Equal(i, table[ids[i]]);
        }

        foreach (var absent in new[] { "", "summit-1", "summit-", "SUMMIT-0", "plan-of-action-2001-2006 ", "SC.0.7" })
        {
            Assert.False(table.TryGetValue(absent, out _), absent);
        }

        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => table["summit-1"]);
        Assert.Throws<ArgumentException>(() => new IdTable(["a", "b", "a"]));
    }

    // Resolves nothing itself, so every dependency comes from this process, but records each name asked for.
    private sealed class RecordingContext() : AssemblyLoadContext(nameof(FirstLookupWorkTests), isCollectible: true)
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Requested { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            Requested.Add(assemblyName.Name!);
            return null;
        }
    }
}
