using System;
using System.IO;

namespace AseanUn.Tests.Analyzers;

/// <summary>
/// The JSON data analyzer's vocabulary (<c>analyzers/AseanUn.Analyzers/JsonData/JsonVocabulary.Generated.cs</c>) is
/// exactly what the library renders to, so the rules cannot drift from the format, the dataset or the shipped layers.
/// To refresh it: eng/regenerate.sh, or <c>ASEANUN_WRITE_DOCS=1 dotnet test tests/AseanUn.Tests --filter JsonVocabularyTests</c>.
/// </summary>
public sealed class JsonVocabularyTests
{
    [Fact]
    public void The_analyzer_vocabulary_matches_the_library()
    {
        var path = Path.Combine(RepositoryRoot.Path, JsonVocabularySource.RelativePath);
        var expected = JsonVocabularySource.Render();
        if (Environment.GetEnvironmentVariable("ASEANUN_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(expected == actual, $"{JsonVocabularySource.RelativePath} is out of date: run eng/regenerate.sh and review the diff.");
    }
}
