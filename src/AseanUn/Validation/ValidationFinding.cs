using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>A problem the validator found in one entry, before a path and a position are attached.</summary>
internal readonly record struct ValidationFinding(RecordEntry Entry, RecordSite Site, DatasetProblemKind Kind, string Message);
