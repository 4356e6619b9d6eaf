using System.Collections.Generic;
using System.IO;
using AseanUn.DataCompiler;

namespace AseanUn.Tests.BuiltIn;

/// <summary>The built-in dataset's C# source in this repository, read as the data compiler reads it.</summary>
internal static class DataSource
{
    /// <summary>Gets the folder of the dataset's source.</summary>
    public static string Directory { get; } = RepositoryRoot.Combine("src", "AseanUn", "Data");

    /// <summary>Gets the files declaring the code constants the source writes ids with.</summary>
    public static IEnumerable<string> ConstantFiles => System.IO.Directory.EnumerateFiles(RepositoryRoot.Combine("src", "AseanUn", "Codes"), "*.cs");

    /// <summary>Gets where each record is defined in the source.</summary>
    public static DataSourceMap Map { get; } = DataSourceMap.Read(Directory, ConstantFiles);
}
