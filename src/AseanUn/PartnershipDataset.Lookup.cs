using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using AseanUn.Model;

namespace AseanUn;

// Look-ups by id, code and name. All are dictionary reads on indexes built once; none allocates.
public sealed partial class PartnershipDataset
{
    /// <summary>Finds the record with id <paramref name="id"/>, whatever its type.</summary>
    /// <param name="id">The record id (ordinal, case-sensitive), e.g. <c>summit-4</c> or <c>SC.1.2</c>.</param>
    /// <param name="record">The record, when found.</param>
    /// <returns>Whether a record has that id.</returns>
    public bool TryGetRecord(string id, [NotNullWhen(true)] out PartnershipRecord? record)
    {
        // The id table and the record's own group: a first look-up reads no other record and builds no other index.
        if (id is not null && Ordinals.TryGetValue(id, out var ordinal))
        {
            record = _records.At(ordinal);
            return true;
        }

        record = null;
        return false;
    }

    /// <summary>Finds the record of type <typeparamref name="TRecord"/> with id <paramref name="id"/>.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="record">The record, when found.</param>
    /// <typeparam name="TRecord">The record type, e.g. <see cref="Event"/>.</typeparam>
    /// <returns>Whether a record of that type has that id (a record of another type with that id does not count).</returns>
    public bool TryGet<TRecord>(string id, [NotNullWhen(true)] out TRecord? record)
        where TRecord : PartnershipRecord
    {
        record = TryGetRecord(id, out var found) ? found as TRecord : null;
        return record is not null;
    }

    /// <summary>Returns the record with id <paramref name="id"/>.</summary>
    /// <param name="id">The record id.</param>
    /// <exception cref="KeyNotFoundException">No record has that id.</exception>
    public PartnershipRecord GetRecord(string id) =>
        TryGetRecord(id, out var record) ? record : throw new KeyNotFoundException($"No record has the id '{id}'.");

    /// <summary>Returns the record of type <typeparamref name="TRecord"/> with id <paramref name="id"/>.</summary>
    /// <param name="id">The record id.</param>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <exception cref="KeyNotFoundException">
    /// No record of that type has that id. When a record of another type has it, the message says which type
    /// (<c>'unicef' is an Organisation, not a Pillar</c>).
    /// </exception>
    public TRecord Get<TRecord>(string id)
        where TRecord : PartnershipRecord
    {
        if (TryGetRecord(id, out var record))
        {
            return record as TRecord ?? throw new KeyNotFoundException(
                $"'{id}' is {Article(record.GetType().Name)} {record.GetType().Name}, not {Article(typeof(TRecord).Name)} {typeof(TRecord).Name}; "
                + $"Get<{record.GetType().Name}> or GetRecord returns it.");
        }

        throw new KeyNotFoundException($"No {typeof(TRecord).Name} has the id '{id}'.");
    }

    private static string Article(string noun) => "AEIOU".Contains(noun[0], System.StringComparison.Ordinal) ? "an" : "a";

    /// <summary>Finds the pillar with code <paramref name="code"/>, e.g. <see cref="PillarCodes.SocioCultural"/>.</summary>
    /// <param name="code">The pillar code.</param>
    /// <param name="pillar">The pillar, when found.</param>
    /// <returns>Whether the dataset has that pillar.</returns>
    public bool TryGetPillar([PillarCode] string code, [NotNullWhen(true)] out Pillar? pillar) => TryGet(code, out pillar);

    /// <summary>Finds the area with code <paramref name="code"/>, e.g. <see cref="AreaCodes.CultureAndEducation"/>.</summary>
    /// <param name="code">The area code.</param>
    /// <param name="area">The area, when found.</param>
    /// <returns>Whether the dataset has that area.</returns>
    public bool TryGetArea([AreaCode] string code, [NotNullWhen(true)] out Area? area) => TryGet(code, out area);

    /// <summary>Finds the action line with code <paramref name="code"/>, e.g. <see cref="ActionLineCodes.Education"/>.</summary>
    /// <param name="code">The action-line code.</param>
    /// <param name="actionLine">The action line, when found.</param>
    /// <returns>Whether the dataset has that action line.</returns>
    public bool TryGetActionLine([ActionLineCode] string code, [NotNullWhen(true)] out ActionLine? actionLine) => TryGet(code, out actionLine);

    /// <summary>Returns the pillar with code <paramref name="code"/>.</summary>
    /// <param name="code">The pillar code.</param>
    /// <exception cref="KeyNotFoundException">The dataset has no such pillar.</exception>
    public Pillar GetPillar([PillarCode] string code) => Get<Pillar>(code);

    /// <summary>Returns the area with code <paramref name="code"/>.</summary>
    /// <param name="code">The area code.</param>
    /// <exception cref="KeyNotFoundException">The dataset has no such area.</exception>
    public Area GetArea([AreaCode] string code) => Get<Area>(code);

    /// <summary>Returns the action line with code <paramref name="code"/>.</summary>
    /// <param name="code">The action-line code.</param>
    /// <exception cref="KeyNotFoundException">The dataset has no such action line.</exception>
    public ActionLine GetActionLine([ActionLineCode] string code) => Get<ActionLine>(code);

    /// <summary>Finds an organisation by id, full name, acronym or alias, ignoring case and diacritics.</summary>
    /// <remarks>"ESCAP", "unescap" and "UN-ESCAP" all find the same commission when the dataset lists them as its acronym or aliases. Names are unambiguous in a valid dataset.</remarks>
    /// <param name="name">The id, name, acronym or alias.</param>
    /// <param name="organisation">The organisation, when found.</param>
    /// <returns>Whether an organisation has that name.</returns>
    public bool TryFindOrganisation(string name, [NotNullWhen(true)] out Organisation? organisation) => Find(Index.OrganisationNames, name, out organisation);

    /// <summary>Finds a member state by id, name or ISO 3166-1 alpha-2 or alpha-3 code, ignoring case and diacritics.</summary>
    /// <param name="name">The id, name or code, e.g. <c>lao-pdr</c>, <c>Lao PDR</c>, <c>LA</c> or <c>LAO</c>.</param>
    /// <param name="memberState">The member state, when found.</param>
    /// <returns>Whether a member state has that name.</returns>
    public bool TryFindMemberState(string name, [NotNullWhen(true)] out MemberState? memberState) => Find(Index.MemberStateNames, name, out memberState);

    /// <summary>Finds a person by id or name, ignoring case and diacritics.</summary>
    /// <param name="name">The id or name, e.g. <c>Le Luong Minh</c>.</param>
    /// <param name="person">The person, when found (the first listed, should two share a name).</param>
    /// <returns>Whether a person has that name.</returns>
    public bool TryFindPerson(string name, [NotNullWhen(true)] out Person? person) => Find(Index.PersonNames, name, out person);

    private static bool Find<T>(IReadOnlyDictionary<string, T> names, string name, [NotNullWhen(true)] out T? found)
        where T : class
    {
        found = null;
        return name is not null && names.TryGetValue(name, out found);
    }
}
