using System.Diagnostics.CodeAnalysis;
using AseanUn.Collections;

namespace AseanUn.Validation;

/// <summary>
/// The outcome of creating, importing or merging a dataset without throwing: either a valid dataset or the complete
/// list of problems, never both and never half of a dataset.
/// </summary>
public sealed class DatasetResult
{
    private DatasetResult(PartnershipDataset? dataset, EquatableArray<DatasetProblem> problems)
    {
        Dataset = dataset;
        Problems = problems;
    }

    /// <summary>Gets the dataset, when there were no problems.</summary>
    public PartnershipDataset? Dataset { get; }

    /// <summary>Gets every problem found, in document order; empty on success.</summary>
    public EquatableArray<DatasetProblem> Problems { get; }

    /// <summary>Gets whether the input was valid: there were no problems and <see cref="Dataset"/> holds the dataset.</summary>
    /// <remarks>The explorer's <c>validate --json</c> reports the same outcome as <c>valid</c>.</remarks>
    [MemberNotNullWhen(true, nameof(Dataset))]
    public bool IsValid => Dataset is not null;

    /// <summary>Returns the dataset, or throws the problems.</summary>
    /// <exception cref="DatasetValidationException">There were problems.</exception>
    public PartnershipDataset GetDatasetOrThrow() => Dataset ?? throw new DatasetValidationException(Problems);

    internal static DatasetResult Success(PartnershipDataset dataset) => new(dataset, default);

    internal static DatasetResult Failure(EquatableArray<DatasetProblem> problems) => new(null, problems);
}
