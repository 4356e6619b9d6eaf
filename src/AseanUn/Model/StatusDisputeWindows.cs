using AseanUn.Dates;
using NodaTime;

namespace AseanUn.Model;

/// <summary>
/// The days over which a disputed act may or may not have happened: for steps that date the same lasting act
/// differently (ranked with <see cref="RankReason.Disputed"/>), from the earliest date given to the latest.
/// </summary>
internal static class StatusDisputeWindows
{
    /// <summary>
    /// Returns, for each step of <paramref name="statements"/> (status <paramref name="statuses"/>) that is disputed, the
    /// days from the earliest start to the latest end the disputing steps give; <see langword="null"/> when none is.
    /// </summary>
    public static (LocalDate Start, LocalDate End)?[]? Of(Statement[] statements, InstrumentStatus[] statuses)
    {
        (LocalDate Start, LocalDate End)?[]? windows = null;
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i] is not { RankReason: RankReason.Disputed, Time: { } time } || windows?[i] is not null)
            {
                continue;
            }

            var (start, end, count) = (StartOf(time), time.End, 1);
            for (var j = i + 1; j < statements.Length; j++)
            {
                if (statuses[j] == statuses[i] && statements[j] is { RankReason: RankReason.Disputed, Time: { } other })
                {
                    (start, end, count) = (LocalDate.Min(start, StartOf(other)), LocalDate.Max(end, other.End), count + 1);
                }
            }

            if (count < 2)
            {
                continue;
            }

            windows ??= new (LocalDate Start, LocalDate End)?[statements.Length];
            for (var j = i; j < statements.Length; j++)
            {
                if (statuses[j] == statuses[i] && statements[j] is { RankReason: RankReason.Disputed, Time: not null })
                {
                    windows[j] = (start, end);
                }
            }
        }

        return windows;
    }

    // A "no later than" date is known only by its end.
    private static LocalDate StartOf(PartialDate time) => time.HasOpenStart ? time.End : time.Start;
}
