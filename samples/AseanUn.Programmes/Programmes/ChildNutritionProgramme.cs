using System.ComponentModel;

namespace AseanUn.Programmes.Programmes;

/// <summary>An organisation's own programme on school meals and child nutrition, tagged with the lines it serves.</summary>
[Description("Child nutrition in schools")]
[ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Children, ActionLineCodes.PublicHealth)]
internal sealed class ChildNutritionProgramme;
