using System.Text;

namespace AseanUn.Model;

/// <summary>
/// A place within one record, in JSON property names: the record itself, one of its properties, an item of a list
/// property, or a property of such an item (e.g. <c>roles[1].organisationId</c>, <c>sources[0].paragraph</c>).
/// Problems found in a record and the references a record holds are located by it.
/// </summary>
internal readonly record struct RecordSite(string? Property = null, int Index = -1, string? SubProperty = null)
{
    /// <summary>Appends this site to the path of its record.</summary>
    public string AppendTo(string recordPath)
    {
        if (Property is null)
        {
            return recordPath;
        }

        var path = new StringBuilder(recordPath).Append('.').Append(Property);
        if (Index >= 0)
        {
            path.Append('[').Append(Index).Append(']');
        }

        if (SubProperty is not null)
        {
            path.Append('.').Append(SubProperty);
        }

        return path.ToString();
    }
}
