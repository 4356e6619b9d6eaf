using AseanUn;

// Action lines that exist but lie under another pillar than the one stated: AUN0003 on each marked line.
Console.WriteLine(nameof(TradeForChildren));

[ContributesTo(PillarCodes.Economic, ActionLineCodes.Children)] // expect: AUN0003
sealed class TradeForChildren { }

[ContributesTo("PS", "SC.2.3")] // expect: AUN0003
sealed class DisasterDrills { }
