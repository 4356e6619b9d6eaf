namespace AseanUn.Explorer.Infrastructure;

/// <summary>The explorer's exit codes, one meaning each, so scripts can tell the cases apart.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>What was asked for is not in the dataset, or a file holds invalid data.</summary>
    public const int NotFoundOrInvalid = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a malformed value.</summary>
    public const int Usage = 2;
}
