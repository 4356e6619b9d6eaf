using System.ComponentModel;

namespace AseanUn.Programmes.Programmes;

/// <summary>A fellowship that places young diplomats with regional mediation and preventive-diplomacy teams.</summary>
[Description("Mediation fellowship")]
[ContributesTo(PillarCodes.PoliticalSecurity, ActionLineCodes.ConflictPrevention, ActionLineCodes.Mediation)]
internal sealed class MediationFellowship;
