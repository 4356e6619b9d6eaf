using System;

namespace AseanUn.Dates;

/// <summary>EDTF level-1 qualifiers a date may carry.</summary>
/// <remarks>
/// The report's wording maps as follows: "early 2016", "about" and "in early September" are
/// <see cref="Approximate"/> (<c>2016~</c>, <c>2016-09~</c>); an unsure reading of the source is
/// <see cref="Uncertain"/> (<c>?</c>); both together are written <c>%</c>.
/// </remarks>
[Flags]
public enum DateQualifier : byte
{
    /// <summary>The date is stated plainly.</summary>
    None = 0,

    /// <summary>The date is uncertain (EDTF <c>?</c>).</summary>
    Uncertain = 1,

    /// <summary>The date is approximate (EDTF <c>~</c>).</summary>
    Approximate = 2,
}
