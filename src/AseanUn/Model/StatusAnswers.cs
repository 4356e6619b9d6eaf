using AseanUn.Collections;
using AseanUn.Dates;
using NodaTime;

namespace AseanUn.Model;

/// <summary>
/// The status of every instrument of a dataset on one date, in the order of <see cref="PartnershipDataset.Instruments"/>:
/// what <see cref="PartnershipDataset.StatusesAsOf"/> returns. Each answer is worked out when it is read, by the rules of
/// <see cref="StatusAnswer"/>; the day is derived once for all of them, and nothing is looked up by id.
/// </summary>
/// <remarks>Making, indexing and enumerating it allocates nothing.</remarks>
public readonly struct StatusAnswers
{
    private readonly EquatableArray<Instrument> _instruments;
    private readonly StatusSteps[]? _steps;
    private readonly LocalDate _day;
    private readonly long _dayNumber;

    internal StatusAnswers(EquatableArray<Instrument> instruments, StatusSteps[] steps, PartialDate asOf, LocalDate day)
    {
        _instruments = instruments;
        _steps = steps;
        AsOf = asOf;
        _day = day;
        _dayNumber = DayNumber.Ordered(day);
    }

    /// <summary>Gets the date asked about.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Gets how many instruments are answered for.</summary>
    public int Count => _steps?.Length ?? 0;

    /// <summary>Gets the answer for the instrument at <paramref name="index"/> in <see cref="PartnershipDataset.Instruments"/>.</summary>
    /// <param name="index">The instrument's position.</param>
    public StatusAnswer this[int index] => _steps![index].Answer(AsOf, _day, _dayNumber);

    /// <summary>Gets the instrument at <paramref name="index"/>, whose answer <see cref="this[int]"/> gives.</summary>
    /// <param name="index">The instrument's position.</param>
    public Instrument InstrumentAt(int index) => _instruments[index];

    /// <summary>Returns an enumerator over the answers, in the order of the instruments; it allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates <see cref="StatusAnswers"/> without allocating.</summary>
    public struct Enumerator
    {
        // The answers' parts, not the answers themselves: reading Current copies no more than an answer needs.
        private readonly StatusSteps[] _steps;
        private readonly PartialDate _asOf;
        private readonly LocalDate _day;
        private readonly long _dayNumber;
        private int _index;

        internal Enumerator(StatusAnswers answers)
        {
            _steps = answers._steps ?? [];
            _asOf = answers.AsOf;
            _day = answers._day;
            _dayNumber = answers._dayNumber;
            _index = -1;
        }

        /// <summary>Gets the answer at the enumerator's position.</summary>
        public readonly StatusAnswer Current => _steps[_index].Answer(_asOf, _day, _dayNumber);

        /// <summary>Moves to the next instrument.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext() => ++_index < _steps.Length;
    }
}
