namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// The statement model's types exactly as the shared contract names them, for dataset fragments compiled against a
/// library that does not define them yet. Once the library has its own <c>AseanUn.Model.Statement</c>, the harness
/// leaves this out and the fragments compile against the real types.
/// </summary>
internal static class StatementModelStub
{
    public const string FileName = "StatementModel.cs";

    public const string Source = """
        using AseanUn.Collections;
        using AseanUn.Dates;

        namespace AseanUn.Model;

        public sealed record Statement
        {
            public required string Property { get; init; }
            public string? Value { get; init; }
            public PartialDate? Time { get; init; }
            public required EquatableArray<Evidence> Evidence { get; init; }
            public StatementBasis Basis { get; init; }
            public string? Reason { get; init; }
            public StatementRank Rank { get; init; }
            public RankReason RankReason { get; init; }
        }

        public readonly record struct Evidence(Citation Citation, string? Quote = null);

        public enum StatementBasis { Stated, Inferred }

        public enum StatementRank { Normal, Preferred, Deprecated }

        public enum RankReason { None, Disputed, Superseded, AlternativeName }
        """;

    /// <summary>Gets whether the referenced library lacks the statement model, so that the stub must stand in for it.</summary>
    public static bool IsNeeded => typeof(PillarCodes).Assembly.GetType("AseanUn.Model.Statement") is null;
}
