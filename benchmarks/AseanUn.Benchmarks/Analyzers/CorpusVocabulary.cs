using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AseanUn.Benchmarks.Analyzers;

/// <summary>
/// The codes the generated corpus uses, grouped by pillar so that every generated file names an area and action lines
/// that really lie under its pillar. Read from the referenced library, superseded lines left out, so the corpus is
/// valid for whatever vocabulary the library has.
/// </summary>
public sealed class CorpusVocabulary
{
    private CorpusVocabulary(IReadOnlyList<PillarCodesOf> pillars) => Pillars = pillars;

    /// <summary>Gets the vocabulary of the referenced library.</summary>
    public static CorpusVocabulary Current { get; } = Read();

    /// <summary>Gets every pillar that has at least one area with a current action line.</summary>
    public IReadOnlyList<PillarCodesOf> Pillars { get; }

    private static CorpusVocabulary Read()
    {
        var pillars = Constants(typeof(PillarCodes));
        var areas = Constants(typeof(AreaCodes));
        var lines = Constants(typeof(ActionLineCodes));
        var dataset = Partnership.Current;
        var result = new List<PillarCodesOf>();
        foreach (var pillar in dataset.Pillars)
        {
            var pillarAreas = dataset.AreasOf(pillar.Code).Where(a => areas.ContainsKey(a.Code)).Select(a => areas[a.Code]).ToList();
            var pillarLines = dataset.ActionLinesOfPillar(pillar.Code).Where(l => lines.ContainsKey(l.Code)).Select(l => lines[l.Code]).ToList();
            if (pillars.TryGetValue(pillar.Code, out var constant) && pillarAreas.Count > 0 && pillarLines.Count > 0)
            {
                result.Add(new PillarCodesOf(constant, pillarAreas, pillarLines));
            }
        }

        return new CorpusVocabulary(result);
    }

    private static Dictionary<string, CodeConstant> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.GetValue(null) is string && f.GetCustomAttribute<SupersededByAttribute>() is null)
            .Select(f => new CodeConstant((string)f.GetValue(null)!, type.Name + "." + f.Name))
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
}
