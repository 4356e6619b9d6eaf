using System.Collections.Generic;
using AseanUn.Collections;
using NodaTime;

namespace AseanUn.Model;

/// <summary>
/// The statuses an uncertain answer allows, in the order of their statements: each act that may or may not have
/// happened by the date, and the status known before it. Enumerating allocates nothing.
/// </summary>
public readonly struct StatusCandidates
{
    private readonly StatusSteps? _steps;
    private readonly LocalDate _day;
    private readonly int _known;

    internal StatusCandidates(StatusSteps steps, LocalDate day, int known)
    {
        _steps = steps;
        _day = day;
        _known = known;
    }

    /// <summary>Gets how many candidates there are.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in this)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Returns an enumerator over the candidates.</summary>
    public Enumerator GetEnumerator() => new(_steps, _day, _known);

    /// <summary>Copies the candidates into an immutable array.</summary>
    public EquatableArray<StatusStep> ToEquatableArray()
    {
        var steps = new List<StatusStep>();
        foreach (var step in this)
        {
            steps.Add(step);
        }

        return EquatableArray.From(steps);
    }

    /// <summary>Enumerates the candidates.</summary>
    public struct Enumerator
    {
        private readonly StatusSteps? _steps;
        private readonly LocalDate _day;
        private readonly int _known;
        private int _index;

        internal Enumerator(StatusSteps? steps, LocalDate day, int known)
        {
            _steps = steps;
            _day = day;
            _known = known;
            _index = -1;
        }

        /// <summary>Gets the current candidate.</summary>
        public readonly StatusStep Current => new(_steps!.Status(_index), _steps.Statement(_index));

        /// <summary>Moves to the next candidate.</summary>
        public bool MoveNext()
        {
            if (_steps is null)
            {
                return false;
            }

            while (++_index < _steps.Count)
            {
                if (_index == _known || _steps.Reading(_index, _day) == StepReading.Pending)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
