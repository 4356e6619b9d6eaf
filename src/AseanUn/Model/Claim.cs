using AseanUn.Collections;

namespace AseanUn.Model;

/// <summary>
/// What one set of sources says about one value of a record. A record holds claims only where a later source corrects
/// or disagrees with a value: then every claim stays visible with its sources, and the <see cref="ClaimRank.Preferred"/>
/// one is the value the record carries.
/// </summary>
public sealed record Claim
{
    /// <summary>Gets the name of the property the claim is about, as in C# (e.g. <c>Date</c>).</summary>
    public required string Property { get; init; }

    /// <summary>Gets the claimed value in its JSON text form, e.g. <c>"2016-09"</c> or <c>"adopted"</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the citations that make the claim; never empty.</summary>
    public required EquatableArray<Citation> Sources { get; init; }

    /// <summary>Gets how the claim stands: preferred for the record's value, normal or deprecated for the others.</summary>
    public required ClaimRank Rank { get; init; }

    /// <summary>Gets why the claim was added or chosen, for corrections.</summary>
    public string? Reason { get; init; }

    /// <summary>Formats the claim as <c>Property = value [rank] (sources)</c>.</summary>
    public override string ToString() => $"{Property} = {Value} [{Rank}] ({string.Join(", ", Sources)})";
}
