namespace AseanUn.Benchmarks.Analyzers;

/// <summary>One generated source file.</summary>
/// <param name="Name">The file name, e.g. <c>Module03/File0042.cs</c>.</param>
/// <param name="Text">The C# source.</param>
public sealed record CorpusFile(string Name, string Text);
