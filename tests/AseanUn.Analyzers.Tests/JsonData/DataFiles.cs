namespace AseanUn.Analyzers.Tests.JsonData;

/// <summary>A sound data file that builds on the shipped stack, for the rule tests to break one value at a time.</summary>
internal static class DataFiles
{
    public const string Path = "data/notes-2019.aseanun.json";

    // Line numbers matter: the tests name the line and column of each value they break.
    public const string Valid = """
        {
          "version": 2,
          "edition": "2019-11-my-notes",
          "asOf": "2019-11-03",
          "records": {
            "sourceDocuments": [
              {
                "id": "my-note-2019",
                "title": "Notes on the 10th ASEAN-UN Summit",
                "publisher": "Example",
                "asOf": "2019-11-03",
                "paragraphCount": 3,
                "kind": "statement",
                "sources": [{ "documentId": "my-note-2019" }]
              }
            ],
            "events": [
              {
                "id": "my-summit-10",
                "kind": "summit",
                "title": "10th ASEAN-United Nations Summit",
                "ordinal": 10,
                "date": "2019-11-03",
                "placeId": "bangkok",
                "participantIds": ["asean", "un-secretary-general"],
                "actionLineCodes": ["PS.1.2"],
                "sources": [{ "documentId": "my-note-2019", "paragraph": 1 }]
              }
            ]
          },
          "updates": {
            "citations": [{ "recordId": "summit-9", "sources": [{ "documentId": "my-note-2019" }] }]
          }
        }
        """;

    /// <summary>Returns <see cref="Valid"/> with its only occurrence of <paramref name="text"/> replaced.</summary>
    public static string With(string text, string replacement)
    {
        var at = Valid.IndexOf(text, System.StringComparison.Ordinal);
        Assert.True(at >= 0 && Valid.IndexOf(text, at + 1, System.StringComparison.Ordinal) < 0, $"'{text}' is not in the valid file exactly once.");
        return Valid.Substring(0, at) + replacement + Valid.Substring(at + text.Length);
    }
}
