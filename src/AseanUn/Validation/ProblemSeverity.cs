namespace AseanUn.Validation;

/// <summary>How serious a <see cref="DatasetProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The dataset breaks a rule of the format and is not created. Every problem the library reports today is an error.</summary>
    Error,

    /// <summary>Worth a look, but no rule is broken: a warning alone does not stop a dataset being created.</summary>
    Warning,
}
