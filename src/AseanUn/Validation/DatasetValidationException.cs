using System;
using System.Text;
using AseanUn.Collections;

namespace AseanUn.Validation;

/// <summary>
/// Thrown when a dataset (built in code, imported from JSON or merged) breaks a rule of the data format. It lists
/// every problem found, not just the first; no dataset was created.
/// </summary>
public sealed class DatasetValidationException : Exception
{
    // The message lists this many problems; Problems holds them all.
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception with a general message and no problems.</summary>
    public DatasetValidationException()
        : base("The dataset is invalid.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and no problems.</summary>
    /// <param name="message">What is wrong.</param>
    public DatasetValidationException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>, caused by <paramref name="innerException"/>, and no problems.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public DatasetValidationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="problems"/>.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public DatasetValidationException(EquatableArray<DatasetProblem> problems)
        : base(Describe(problems))
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        }

        Problems = problems;
    }

    /// <summary>Gets every problem found, in document order; empty when the exception was created with a message only.</summary>
    public EquatableArray<DatasetProblem> Problems { get; }

    private static string Describe(EquatableArray<DatasetProblem> problems)
    {
        var text = new StringBuilder("The dataset is invalid: ")
            .Append(problems.Count)
            .Append(problems.Count == 1 ? " problem." : " problems.");
        for (var i = 0; i < problems.Count && i < ProblemsInMessage; i++)
        {
            text.Append('\n').Append(problems[i]);
        }

        if (problems.Count > ProblemsInMessage)
        {
            text.Append("\n… and ").Append(problems.Count - ProblemsInMessage).Append(" more (see Problems).");
        }

        return text.ToString();
    }
}
