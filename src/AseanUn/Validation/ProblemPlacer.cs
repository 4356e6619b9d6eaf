using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>
/// Makes the <see cref="DatasetProblem"/> for what the validator found at <paramref name="site"/> of
/// <paramref name="entry"/>: the one place its path, document, line and column are filled in, by whoever knows where
/// the entry stands (a document's positions, the update that caused it, or only the JSON path of a dataset built in code).
/// </summary>
internal delegate DatasetProblem ProblemPlacer(RecordEntry entry, RecordSite site, DatasetProblemKind kind, string message);
