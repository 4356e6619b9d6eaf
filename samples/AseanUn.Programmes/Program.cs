using System;
using AseanUn;
using AseanUn.Programmes;

// Our own programmes carry [ContributesTo] tags; report each against what the partnership recorded under its lines.
new ProgrammeReport(Partnership.Current, Console.Out).Write(Programme.In(typeof(Programme).Assembly));
