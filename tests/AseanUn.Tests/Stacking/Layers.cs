namespace AseanUn.Tests.Stacking;

/// <summary>Small real-like merge files for stacking tests: later documents about the environment work plan.</summary>
internal static class Layers
{
    public const string WorkPlan = "asean-un-work-plan-environment-climate-change";

    /// <summary>A merge file adding <paramref name="document"/> (as of <paramref name="asOf"/>), with <paramref name="updates"/> (the inside of the updates object) and <paramref name="records"/> (the inside of records, after the document).</summary>
    public static string Layer(string edition, string asOf, string document, string updates = "", string records = "", string header = "") => $$"""
        {
          "version": 2,
          "edition": "{{edition}}",
          "asOf": "{{asOf}}",{{header}}
          "records": {
            "sourceDocuments": [
              {
                "id": "{{document}}",
                "title": "{{document}}",
                "publisher": "ASEAN Secretariat",
                "asOf": "{{asOf}}",
                "paragraphCount": 0,
                "kind": "statement",
                "issued": "{{asOf}}",
                "sources": [{ "documentId": "{{document}}" }]
              }
            ]{{records}}
          },
          "updates": {
            {{updates}}
          }
        }
        """;

    /// <summary>A layer saying the work plan was adopted on <paramref name="adopted"/>.</summary>
    public static string Adoption(string edition, string asOf, string document, string adopted) =>
        Layer(edition, asOf, document, $$"""
            "statusEntries": [{ "recordId": "{{WorkPlan}}", "status": "adopted", "date": "{{adopted}}", "sources": [{ "documentId": "{{document}}" }] }]
            """);

    /// <summary>The joint press release of the 2017 Secretariat-to-Secretariat meeting: adopted on 20 September 2017.</summary>
    public static string PressRelease => Adoption("2017-12-s2s-press-release", "2017-12-15", "s2s-joint-press-release-2017", "2017-09-20");

    /// <summary>A chairman's statement that dates the same adoption 13 November 2017.</summary>
    public static string ChairsStatement => Adoption("2017-11-chairs-statement", "2017-11-20", "chairs-statement-2017-11", "2017-11-13");
}
