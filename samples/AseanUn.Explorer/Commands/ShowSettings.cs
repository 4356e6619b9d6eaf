using System.Collections.Generic;
using AseanUn.Explorer.CommandLine;

namespace AseanUn.Explorer.Commands;

/// <summary>The record <c>show</c> prints.</summary>
internal sealed class ShowSettings : ListingSettings
{
    /// <summary>Gets the arguments of <c>show</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
    [
        ArgumentDefinition.Required<ShowSettings>(
            "RECORD", "An id (summit-4), a code (SC.1.2), an acronym or alias (UNICEF, ESCAP), a name or a short title (MPAC).", (s, v) => s.Record = v),
    ];

    /// <summary>Gets or sets what names the record.</summary>
    public string Record { get; set; } = "";
}
