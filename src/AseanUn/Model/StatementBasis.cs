namespace AseanUn.Model;

/// <summary>How a statement's value was reached.</summary>
public enum StatementBasis
{
    /// <summary>The evidence states the value.</summary>
    Stated,

    /// <summary>The evidence does not state the value; the dataset reasons its way to it (<see cref="Statement.Reason"/> says how).</summary>
    Inferred,
}
