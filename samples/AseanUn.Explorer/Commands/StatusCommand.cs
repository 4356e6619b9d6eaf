using System.Linq;
using AseanUn.Dates;
using AseanUn.Explorer.Infrastructure;
using AseanUn.Explorer.Json;
using AseanUn.Explorer.Records;
using AseanUn.Model;

namespace AseanUn.Explorer.Commands;

/// <summary>
/// Says what the evidence gives as an instrument's status on a date: known (since when, on what evidence), uncertain
/// (the candidates) or unknown (with the last known status, if any), by the library's as-of rules.
/// </summary>
internal sealed class StatusCommand(ExplorerContext context)
{
    /// <summary>Runs the command with <paramref name="settings"/> and returns its exit code.</summary>
    public int Execute(StatusSettings settings)
    {
        var dataset = context.Dataset;
        var record = RecordResolver.ResolveArgument(dataset, settings.Instrument, "Name the instrument: an id, a short name or acronym, or a title.");
        if (record is not Instrument instrument)
        {
            throw ExplorerException.Invalid(
                $"'{record.Id}' is {AseanUn.Utility.Wording.WithArticle(RecordText.SortOf(record).ToLowerInvariant())}, not an instrument; only instruments have a status.");
        }

        var answer = dataset.StatusAsOf(instrument.Id, settings.AsOfDate ?? dataset.AsOf);
        if (settings.Json)
        {
            JsonOutput.Write(context, StatusReport.Of(instrument, answer), ExplorerJsonContext.Default.StatusReport);
            return ExitCodes.Ok;
        }

        context.WriteLine($"{instrument.Title} ({instrument.Id})");
        context.WriteLine($"As of {answer.AsOf}: {Verdict(answer)}");
        switch (answer.Certainty)
        {
            case Certainty.Known:
                context.WriteLine($"Evidence: {StatementText.EvidenceOf(dataset, answer.Evidence)}");
                break;
            case Certainty.Uncertain:
                foreach (var candidate in answer.Candidates)
                {
                    context.WriteLine($"  {StepText(candidate)}: {StatementText.EvidenceOf(dataset, candidate.Evidence)}");
                }

                break;
            case Certainty.Unknown when answer.LastKnown is { } last:
                context.WriteLine($"Last known: {StepText(last)}: {StatementText.EvidenceOf(dataset, last.Evidence)}");
                break;
        }

        return ExitCodes.Ok;
    }

    private static string Verdict(StatusAnswer answer) => answer.Certainty switch
    {
        Certainty.Known => answer.Since is { } since ? $"{Words(answer.Status!.Value)} (known, {SinceText(since)})" : $"{Words(answer.Status!.Value)} (known)",
        Certainty.Uncertain => "uncertain; the evidence allows any of:",
        _ when answer.LastKnown is not null => "unknown: the evidence stops before that date.",
        _ => "unknown: no evidence at or before that date.",
    };

    private static string StepText(StatusStep step) => step.Since is { } since ? $"{Words(step.Status)} {SinceText(since)}" : Words(step.Status);

    // A time open at its start ("../2016-09-07") dates the evidence, not the act: the status held no later than its end.
    private static string SinceText(PartialDate since) =>
        since.HasOpenStart ? $"no later than {since.ToString()["../".Length..]}" : $"since {since}";

    // "InForce" reads "in force".
    private static string Words(InstrumentStatus status) => AseanUn.Validation.TypeWords.Of(status.ToString());
}
