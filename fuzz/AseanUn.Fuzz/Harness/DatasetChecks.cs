using System;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Fuzz;

/// <summary>The invariants the import and merge targets share: results that explain themselves, overloads that agree, exports that round-trip, a built-in dataset nothing changes.</summary>
public sealed class DatasetChecks
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PartnershipDataset _current = Partnership.Current;
    private readonly PartnershipRecord[] _currentRecords = [.. Partnership.Current.Records];
    private readonly string _currentEdition = Partnership.Current.Edition;

    /// <summary>Returns what is wrong with a failed result (no problem named, or one without a message or a path), or <see langword="null"/>.</summary>
    public static string? Unexplained(DatasetResult result) =>
        result.IsValid ? null
        : result.Problems.Count == 0 ? "a failed import or merge names no problem"
        : result.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message) || !p.Path.StartsWith('$')) ? "a problem has no message or no JSON path"
        : null;

    /// <summary>Returns whether <paramref name="input"/> is valid UTF-8, so that the string overloads can read the same text.</summary>
    public static bool IsUtf8(byte[] input)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(input);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Decodes <paramref name="input"/>, which <see cref="IsUtf8"/> accepted.</summary>
    public static string Text(byte[] input) => StrictUtf8.GetString(input);

    /// <summary>Describes a result fully, so that two results compare as text.</summary>
    public static string Describe(DatasetResult result) =>
        result.IsValid + "\n" + string.Join("\n", result.Problems.Select(p => p.ToString()));

    /// <summary>Returns whether <paramref name="dataset"/> exports to text that imports back to the same export.</summary>
    public static bool RoundTrips(PartnershipDataset dataset)
    {
        var export = DatasetJson.Export(dataset);
        return DatasetJson.Export(DatasetJson.Import(export)) == export;
    }

    /// <summary>Returns whether <see cref="Partnership.Current"/> is still the dataset it was, with the same records, not one of them replaced.</summary>
    public bool CurrentUnchanged()
    {
        var records = Partnership.Current.Records;
        if (!ReferenceEquals(Partnership.Current, _current) || _current.Edition != _currentEdition || records.Count != _currentRecords.Length)
        {
            return false;
        }

        for (var i = 0; i < _currentRecords.Length; i++)
        {
            if (!ReferenceEquals(records[i], _currentRecords[i]))
            {
                return false;
            }
        }

        return true;
    }
}
