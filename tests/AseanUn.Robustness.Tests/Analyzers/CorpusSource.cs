namespace AseanUn.Robustness.Tests.Analyzers;

/// <summary>One C# source the analyzers are run over, and how it is compiled.</summary>
/// <param name="Name">Where it comes from, for messages: a file, or a file and the position of a string in it.</param>
/// <param name="Text">The source.</param>
/// <param name="IsDatasetFragment">Whether it is compiled as part of the library's dataset, where the contributor rules run.</param>
internal sealed record CorpusSource(string Name, string Text, bool IsDatasetFragment);
