using System.Threading.Tasks;
using static AseanUn.Analyzers.Tests.Verifiers.JsonDataVerifier;

namespace AseanUn.Analyzers.Tests.JsonData;

/// <summary>
/// Whole files, kept as constants: one that breaks the syntax, and one that breaks every other rule once, each problem
/// reported at its place without hiding the others. Being constants, they are also what the robustness run cuts.
/// </summary>
public sealed class JsonDataWholeFileTests
{
    private const string Path = "data/broken-2019.aseanun.json";

    private const string Malformed = "{ \"version\": 2,, }";

    // Line numbers matter: each problem is asserted at its line and column.
    private const string EveryOtherRuleBroken = """
        {
          "version": 2,
          "edition": "2019-12-my-notes",
          "layer": { "requires": ["2019-06-my-bse"] },
          "asOf": "2019-12-01",
          "records": {
            "events": [
              {
                "id": "summit-9",
                "kind": "summit",
                "title": "9th ASEAN-United Nations Summit",
                "ordinal": "9",
                "date": "2017-11-13",
                "placeId": "bangkokk",
                "participantIds": ["asean", "un-secretary-general"],
                "actionLineCodes": ["PS.1.9"],
                "notesOfMine": "none",
                "sources": [{ "paragraph": 1 }]
              }
            ]
          }
        }
        """;

    [Fact]
    public Task A_file_that_is_not_json_gets_only_the_syntax_error() => VerifyAsync(
        Path,
        Malformed,
        At("AUN0201", Path, 1, 16, 1, 17).WithMessage("Expected a property name in double quotes, but found ','."));

    [Fact]
    public Task A_file_that_breaks_every_other_rule_gets_each_at_its_place() => VerifyAsync(
        Path,
        EveryOtherRuleBroken,
        At("AUN0206", Path, 4, 27, 4, 43)
            .WithMessage("'2019-06-my-bse' is not the edition of the built-in dataset, a shipped layer or another data file of the project"),
        At("AUN0208", Path, 9, 15, 9, 25)
            .WithMessage("Record id 'summit-9' is already used by the event of that id in the stack this file builds on"),
        At("AUN0203", Path, 12, 20, 12, 23).WithMessage("Expected a whole number, but found a string"),
        At("AUN0205", Path, 14, 20, 14, 30)
            .WithMessage("'bangkokk' names no place of the built-in dataset, its shipped layers or the files of the stack; did you mean 'bangkok'?"),
        At("AUN0204", Path, 16, 29, 16, 37)
            .WithMessage("'PS.1.9' is not an action-line code of the stack this file builds on; did you mean 'PS.1.6', 'PS.1.5' or 'PS.1.4'?"),
        At("AUN0202", Path, 17, 9, 17, 22).WithMessage("Unknown property 'notesOfMine' in an event"),
        At("AUN0207", Path, 18, 21, 18, 22).WithMessage("The required property 'documentId' is missing from a citation"));
}
