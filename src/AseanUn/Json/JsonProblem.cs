using AseanUn.Validation;

namespace AseanUn.Json;

/// <summary>A problem the JSON layer found, placed by byte offset until lines and columns are worked out.</summary>
internal readonly record struct JsonProblem(DatasetProblemKind Kind, string Path, int Offset, string Message);
