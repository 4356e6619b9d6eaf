using System.ComponentModel;

namespace AseanUn.Programmes.Programmes;

/// <summary>A project that trains provincial disaster-response teams and links them to regional early warning.</summary>
/// <remarks>
/// The analyzers check these tags at compile time: <c>ActionLineCodes.DisasterManagement</c> lies under the
/// socio-cultural pillar, so tagging it under <c>PillarCodes.PoliticalSecurity</c> would fail the build with AUN0003,
/// and a literal such as <c>"SC.2.9"</c> with AUN0001.
/// </remarks>
[Description("Provincial disaster preparedness")]
[ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.DisasterManagement, ActionLineCodes.ClimateChange)]
internal sealed class DisasterPreparednessProject;
