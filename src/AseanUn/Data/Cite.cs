using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Data;

/// <summary>Builds citations of the built-in source report for the dataset source.</summary>
internal static class Cite
{
    /// <summary>The id of the report the built-in dataset comes from.</summary>
    public const string Report = "overview-2017";

    /// <summary>Cites one or more paragraphs of the built-in report.</summary>
    public static EquatableArray<Citation> Paragraphs(params int[] paragraphs)
    {
        var citations = new Citation[paragraphs.Length];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            citations[i] = new Citation(Report, paragraphs[i]);
        }

        return EquatableArray.TakeOwnership(citations);
    }
}
