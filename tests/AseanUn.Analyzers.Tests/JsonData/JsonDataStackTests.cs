using System.Threading.Tasks;
using static AseanUn.Analyzers.Tests.JsonData.DataFiles;
using static AseanUn.Analyzers.Tests.Verifiers.JsonDataVerifier;

namespace AseanUn.Analyzers.Tests.JsonData;

/// <summary>
/// The stack a data file names: the shipped one, plus the project's data files whose editions it requires. Their
/// records resolve, those of a file it does not require do not, and a required edition nothing has is reported.
/// </summary>
public sealed class JsonDataStackTests
{
    private const string BasePath = "data/base-2019.aseanun.json";

    private const string Base = """
        {
          "version": 2,
          "edition": "2019-06-my-base",
          "asOf": "2019-06-01",
          "records": {
            "places": [
              {
                "id": "bangkok-centre",
                "name": "Bangkok Centre",
                "city": "Bangkok",
                "country": "Thailand",
                "countryCode": "TH",
                "sources": [{ "documentId": "overview-2017" }]
              }
            ]
          }
        }
        """;

    [Fact]
    public Task A_record_of_a_required_data_file_resolves() => VerifyAsync([(BasePath, Base), (Path, Requiring("2019-06-my-base"))]);

    [Fact]
    public Task A_shipped_layer_may_be_required() => VerifyAsync(Path, Requiring("2017-11-9th-asean-un-summit").Replace("\"bangkok-centre\"", "\"manila\"", System.StringComparison.Ordinal));

    [Fact]
    public Task A_record_of_a_data_file_not_required_does_not_resolve() => VerifyAsync(
        [(BasePath, Base), (Path, With("\"bangkok\"", "\"bangkok-centre\""))],
        At("AUN0205", Path, 24, 20, 24, 36)
            .WithMessage("'bangkok-centre' names no place of the built-in dataset, its shipped layers or the files of the stack"));

    [Fact]
    public Task A_required_edition_nothing_has_is_unknown_with_the_nearest_editions() => VerifyAsync(
        [(BasePath, Base), (Path, Requiring("2019-06-my-bse"))],
        At("AUN0206", Path, 4, 27, 4, 43)
            .WithMessage("'2019-06-my-bse' is not the edition of the built-in dataset, a shipped layer or another data file of the project; did you mean '2019-06-my-base'?"),
        At("AUN0205", Path, 25, 20, 25, 36)
            .WithMessage("'bangkok-centre' names no place of the built-in dataset, its shipped layers or the files of the stack"));

    // The valid file as a layer that requires the edition given (one line more, after the edition), citing the base's place.
    private static string Requiring(string edition) =>
        With("\"edition\": \"2019-11-my-notes\",", $"\"edition\": \"2019-11-my-notes\",\n  \"layer\": {{ \"requires\": [\"{edition}\"] }},")
            .Replace("\"bangkok\"", "\"bangkok-centre\"", System.StringComparison.Ordinal);
}
