namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>One source the analyzers are run over, and how it is compiled: C#, or a data file beside a C# project.</summary>
/// <param name="Name">Where it comes from, for messages: a file, or a file and the position of a string in it.</param>
/// <param name="Text">The source.</param>
/// <param name="IsDatasetFragment">Whether it is compiled as part of the library's dataset, where the contributor rules run.</param>
/// <param name="IsDataFile">Whether it is an AseanUn data file, given to a consumer project as an additional file.</param>
internal sealed record CorpusSource(string Name, string Text, bool IsDatasetFragment, bool IsDataFile = false);
