using System.Collections.Generic;

namespace AseanUn.Generators;

/// <summary>Everything the generator read from the model: record types in dataset order, the base record, item types, the compact base's fields.</summary>
internal sealed class ModelDescription
{
    public ModelDescription(List<TypeModel> records, TypeModel common, List<TypeModel> items, List<string> compactBase, List<string> problems)
    {
        Records = records;
        Common = common;
        Items = items;
        CompactBase = compactBase;
        Problems = problems;
    }

    public List<TypeModel> Records { get; }

    /// <summary>Gets the base record with the properties every record has.</summary>
    public TypeModel Common { get; }

    /// <summary>Gets the types held in lists of items (roles, status entries, citations…), each after those it holds.</summary>
    public List<TypeModel> Items { get; }

    /// <summary>Gets the public fields of the hand-written <c>CompactBase</c>: the base fields the compact reader passes to every record it builds.</summary>
    public List<string> CompactBase { get; }

    /// <summary>Gets what is wrong with the declarations, each written as an <c>#error</c> into the generated code.</summary>
    public List<string> Problems { get; }
}
