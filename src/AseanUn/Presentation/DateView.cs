namespace AseanUn.Presentation;

/// <summary>The days a date covers, as the library reads its EDTF text.</summary>
/// <param name="Start">The first day it may fall on (ISO 8601), or <see langword="null"/> for an open or unknown start.</param>
/// <param name="End">The last day it may fall on (ISO 8601), or <see langword="null"/> for an open or unknown end (ongoing).</param>
/// <param name="Interval">Whether it is an interval (<c>2011/2015</c>) rather than one day, month, year or decade.</param>
/// <param name="Day">Whether it is one exact day.</param>
/// <param name="Approximate">Whether it, or either end, is approximate (<c>~</c> or <c>%</c>).</param>
/// <param name="Uncertain">Whether it, or either end, is uncertain (<c>?</c> or <c>%</c>).</param>
internal sealed record DateView(string? Start, string? End, bool Interval, bool Day, bool Approximate, bool Uncertain);
