using System;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn;

// Text search over names, titles, acronyms and aliases.
public sealed partial class PartnershipDataset
{
    /// <summary>Finds the records whose names, titles, acronyms, aliases, ids or codes contain every word of <paramref name="text"/>.</summary>
    /// <remarks>
    /// <para>
    /// Matching ignores case and diacritics ("le luong minh" finds "Lê Lương Minh", "children's" finds "Children’s") and
    /// each word may occur anywhere in any of the record's texts. Texts searched: id, label, an organisation's name,
    /// acronym and aliases; an instrument's title, short name and symbol; a person's name and role titles; a place's
    /// name, city and country; a member state's name and ISO codes. Descriptions are not searched.
    /// </para>
    /// <para>
    /// Best matches come first: a text equal to the query, then a text starting with it, then one with a word starting
    /// with it, then any other match; ties in dataset order. Blank text gives an empty result.
    /// </para>
    /// </remarks>
    /// <param name="text">The words to find.</param>
    public EquatableArray<PartnershipRecord> Search(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Index.Search.Search(text);
    }
}
