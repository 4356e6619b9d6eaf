namespace AseanUn.Explorer.Infrastructure;

/// <summary>How listings are drawn.</summary>
internal enum OutputLayout
{
    /// <summary>Bordered tables and trees, fitted to the terminal's width.</summary>
    Rich,

    /// <summary>Aligned plain-text columns that never wrap: for pipes, files and tests.</summary>
    Plain,
}
