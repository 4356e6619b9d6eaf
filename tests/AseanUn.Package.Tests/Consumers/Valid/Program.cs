using System.Reflection;
using AseanUn;

// Facts from the packaged dataset, one per line; the tests compare them with what the library itself answers.
var partnership = Partnership.Current;
Console.WriteLine($"edition {partnership.Edition} as of {partnership.AsOf}");
foreach (var pillar in partnership.Pillars)
{
    var lines = partnership.ActionLines.Where(line => line.PillarCode == pillar.Code).Select(line => line.Code);
    Console.WriteLine($"pillar {pillar.Code} {pillar.Name}: {string.Join(" ", lines)}");
}

foreach (var pillar in partnership.Pillars)
{
    Console.WriteLine($"records under {pillar.Code}: {partnership.RecordsUnderPillar(pillar.Code).Count}");
}

foreach (var acronym in new[] { "UNICEF", "ESCAP", "AHA Centre" })
{
    var ids = partnership.RecordsInvolvingOrganisation(acronym).Select(record => record.Id);
    Console.WriteLine($"involving {acronym}: {string.Join(" ", ids)}");
}

Console.WriteLine($"timeline {partnership.Timeline.Count} entries, first {partnership.Timeline[0].Date}");

var tag = typeof(NutritionProgramme).GetCustomAttribute<ContributesToAttribute>()!;
Console.WriteLine($"contributes to {tag.Pillar}: {string.Join(" ", tag.ActionLines)}");

[ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Children, ActionLineCodes.PublicHealth)]
sealed class NutritionProgramme { }
