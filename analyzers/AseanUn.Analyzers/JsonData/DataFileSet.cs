using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// The project's data files, read once per compilation, and the stack each one names: the built-in dataset with its
/// shipped layers, the file itself, and the project's files whose editions it requires (and theirs, in turn).
/// </summary>
internal sealed class DataFileSet
{
    private readonly Dictionary<string, DataFile> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataFile> _byEdition = new(StringComparer.Ordinal);

    private DataFileSet(ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            // A file the host cannot read has no text; there is nothing to check in it.
            if (!DataFile.IsDataFile(file.Path) || _byPath.ContainsKey(file.Path) || file.GetText(CancellationToken.None) is not { } text)
            {
                continue;
            }

            var data = DataFile.Read(file.Path, text);
            _byPath.Add(file.Path, data);
            if (data.Edition is { } edition && !_byEdition.ContainsKey(edition))
            {
                _byEdition.Add(edition, data);
            }
        }
    }

    /// <summary>Returns whether any of <paramref name="files"/> is a data file: the one question a project without them pays for.</summary>
    public static bool AnyIn(ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (DataFile.IsDataFile(file.Path))
            {
                return true;
            }
        }

        return false;
    }

    public static DataFileSet Read(ImmutableArray<AdditionalText> files) => new(files);

    /// <summary>Returns the data file read from <paramref name="path"/>, or <see langword="null"/>.</summary>
    public DataFile? Find(string path) => _byPath.TryGetValue(path, out var file) ? file : null;

    /// <summary>Returns whether <paramref name="edition"/> is one a file may require: shipped, or another data file's.</summary>
    public bool IsKnownEdition(string edition, DataFile requiring) =>
        JsonFormat.Instance.Editions.Contains(edition) || (_byEdition.TryGetValue(edition, out var file) && file != requiring);

    /// <summary>Gets every edition a file may require, for suggestions.</summary>
    public IEnumerable<string> Editions()
    {
        foreach (var edition in JsonFormat.Instance.Editions)
        {
            yield return edition;
        }

        foreach (var edition in _byEdition.Keys)
        {
            yield return edition;
        }
    }

    /// <summary>Returns the project's files in the stack <paramref name="file"/> names, the file itself first.</summary>
    public List<DataFile> StackOf(DataFile file)
    {
        var stack = new List<DataFile> { file };
        for (var i = 0; i < stack.Count; i++)
        {
            foreach (var (edition, _) in stack[i].Requires)
            {
                if (_byEdition.TryGetValue(edition, out var required) && !stack.Contains(required))
                {
                    stack.Add(required);
                }
            }
        }

        return stack;
    }
}
