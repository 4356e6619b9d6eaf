using System.ComponentModel;

namespace AseanUn.Programmes.Programmes;

/// <summary>A feasibility study of a cross-border freight corridor, serving two pillars at once.</summary>
[Description("Cross-border freight corridor study")]
[ContributesTo(PillarCodes.Economic, ActionLineCodes.TransportConnectivity, ActionLineCodes.TradeAndValueChains)]
[ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Environment)]
internal sealed class TransportCorridorStudy;
