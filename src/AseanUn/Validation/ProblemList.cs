using System.Collections.Generic;

namespace AseanUn.Validation;

/// <summary>
/// The problems of one check, the first of them listed up to a capacity and the rest only counted. Callers ask
/// <see cref="CountedOnly"/> before making a problem, so past the capacity no problem is made and no position worked out.
/// </summary>
internal sealed class ProblemList(int capacity)
{
    /// <summary>Gets the problems listed, in the order found.</summary>
    public List<DatasetProblem> Listed { get; } = [];

    /// <summary>Gets how many problems were found past the capacity and only counted.</summary>
    public int Omitted { get; private set; }

    /// <summary>Gets how many problems were found, listed or not.</summary>
    public int Found => Listed.Count + Omitted;

    /// <summary>Returns whether the list is full, counting the problem about to be made when it is.</summary>
    public bool CountedOnly()
    {
        if (Listed.Count < capacity)
        {
            return false;
        }

        Omitted++;
        return true;
    }
}
