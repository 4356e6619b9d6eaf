namespace AseanUn.Benchmarks.Analyzers;

/// <summary>A code of the AseanUn vocabulary and the C# expression of its typed constant.</summary>
/// <param name="Code">The code, e.g. <c>SC.1.2</c>.</param>
/// <param name="Constant">The constant, e.g. <c>ActionLineCodes.Education</c>.</param>
public sealed record CodeConstant(string Code, string Constant)
{
    /// <summary>Returns the code as a string literal or as its typed constant.</summary>
    public string Expression(bool literal) => literal ? $"\"{Code}\"" : Constant;
}
