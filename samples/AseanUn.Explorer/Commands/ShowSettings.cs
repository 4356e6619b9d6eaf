using System.ComponentModel;
using Spectre.Console.Cli;

namespace AseanUn.Explorer.Commands;

/// <summary>The record <c>show</c> prints.</summary>
internal sealed class ShowSettings : ListingSettings
{
    /// <summary>Gets or sets what names the record.</summary>
    [CommandArgument(0, "<RECORD>")]
    [Description("An id (summit-4), a code (SC.1.2), an acronym or alias (UNICEF, ESCAP), a name or a short title (MPAC).")]
    public string Record { get; set; } = "";
}
