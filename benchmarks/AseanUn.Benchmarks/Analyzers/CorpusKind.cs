namespace AseanUn.Benchmarks.Analyzers;

/// <summary>Which generated corpus an analyzer run compiles.</summary>
public enum CorpusKind
{
    /// <summary>Everyday application code that also uses AseanUn: 20 pillar, area and action-line codes per file.</summary>
    AseanUnConsumer,

    /// <summary>The same everyday code without any AseanUn reference (the compilation does not reference the library).</summary>
    NoAseanUnReference,

    /// <summary>
    /// Real library sources, compiled with AseanUn referenced, that name no code: the folders listed in
    /// <c>ASEANUN_REAL_WORLD_SOURCES</c>, or else this repository's analyzer and benchmark sources (see <see cref="RealWorldSources"/>).
    /// </summary>
    RealWorldCode,
}
