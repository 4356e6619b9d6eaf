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

    // A whole dataset, as an export writes one: the built-in edition, records that repeat built-in ids.
    private const string Export = """
        {
          "version": 2,
          "edition": "2017-03",
          "asOf": "2017-03",
          "records": {
            "sourceDocuments": [
              {
                "id": "overview-2017",
                "title": "Overview of ASEAN-UN Cooperation",
                "publisher": "ASEAN Secretariat",
                "asOf": "2017-03",
                "paragraphCount": 40,
                "sources": [{ "documentId": "overview-2017" }]
              }
            ],
            "places": [
              {
                "id": "bangkok",
                "name": "Bangkok",
                "city": "Bangkok",
                "country": "Thailand",
                "countryCode": "TH",
                "sources": [{ "documentId": "overview-2017", "paragraph": 3 }]
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

    [Fact]
    public Task An_export_stands_alone_so_its_records_may_repeat_shipped_ids_and_its_references_resolve_within_it() => VerifyAsync(
        Path,
        Export.Replace("\"edition\": \"2017-03\"", "\"edition\": \"2017-03 + 2019-06-mine\",\n  \"layers\": [{ \"name\": \"mine\", \"edition\": \"2019-06-mine\", \"asOf\": \"2019-06-01\" }]", System.StringComparison.Ordinal));

    [Fact]
    public Task A_file_with_the_built_in_edition_is_an_export_whose_references_must_resolve_within_it() => VerifyAsync(
        Path,
        Export.Replace("[{ \"documentId\": \"overview-2017\" }]", "[{ \"documentId\": \"chairmans-statement-9th-asean-un-summit\" }]", System.StringComparison.Ordinal),
        At("AUN0205", Path, 13, 37, 13, 78)
            .WithMessage("'chairmans-statement-9th-asean-un-summit' names no source document in this dataset, which stands alone"));

    [Fact]
    public Task The_same_records_in_a_layer_repeat_the_ids_of_the_shipped_stack() => VerifyAsync(
        Path,
        Export.Replace("\"edition\": \"2017-03\"", "\"edition\": \"2019-06-mine\"", System.StringComparison.Ordinal),
        At("AUN0208", Path, 8, 15, 8, 30).WithMessage("Record id 'overview-2017' is already used by the source document of that id in the stack this file builds on"),
        At("AUN0208", Path, 18, 15, 18, 24).WithMessage("Record id 'bangkok' is already used by the place of that id in the stack this file builds on"));

    // The valid file as a layer that requires the edition given (one line more, after the edition), citing the base's place.
    private static string Requiring(string edition) =>
        With("\"edition\": \"2019-11-my-notes\",", $"\"edition\": \"2019-11-my-notes\",\n  \"layer\": {{ \"requires\": [\"{edition}\"] }},")
            .Replace("\"bangkok\"", "\"bangkok-centre\"", System.StringComparison.Ordinal);
}
