using System;
using System.Collections.Generic;
using AseanUn.Collections;
using AseanUn.Model;

namespace AseanUn.Stacking;

/// <summary>The source documents a layer added or cited, for its <see cref="DatasetLayer.SourceDocumentIds"/>.</summary>
internal static class LayerSources
{
    /// <summary>
    /// Returns the ids of the documents among <paramref name="added"/>, then of every other document the added records
    /// or <paramref name="citedByUpdates"/> cite, each once, in the order first met.
    /// </summary>
    public static EquatableArray<string> Of(IEnumerable<PartnershipRecord> added, IEnumerable<string> citedByUpdates)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<PartnershipRecord>(added);
        foreach (var record in records)
        {
            if (record is SourceDocument && seen.Add(record.Id))
            {
                ids.Add(record.Id);
            }
        }

        foreach (var record in records)
        {
            foreach (var citation in record.Sources)
            {
                if (seen.Add(citation.DocumentId))
                {
                    ids.Add(citation.DocumentId);
                }
            }
        }

        foreach (var id in citedByUpdates)
        {
            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return EquatableArray.From(ids);
    }
}
