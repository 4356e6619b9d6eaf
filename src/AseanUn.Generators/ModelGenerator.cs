using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace AseanUn.Generators;

/// <summary>
/// Generates what the record declarations already say, so it is written once: the registry's reference descriptors
/// (from <c>[RecordReference]</c>), the field tables, and the compact form's reader and writer per type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The model spans several files and the base record; the files' texts are compared, so an edit elsewhere in the
        // compilation that leaves them as they were adds no work after this step.
        var files = context.CompilationProvider.Select(static (compilation, cancellationToken) =>
            ModelReader.Read(compilation, cancellationToken) is { } model
                ? new GeneratedFiles(
                [
                    new("RecordTypeTable.g.cs", RecordTypeTableEmitter.Emit(model)),
                    new("RecordFieldTable.g.cs", FieldTableEmitter.Emit(model)),
                    new("CompactRecords.g.cs", CompactEmitter.Emit(model)),
                ])
                : new GeneratedFiles([]));

        context.RegisterSourceOutput(files, static (output, generated) =>
        {
            foreach (var file in generated.Files)
            {
                output.AddSource(file.Key, SourceText.From(file.Value, System.Text.Encoding.UTF8));
            }
        });
    }

    /// <summary>The generated files, equal when their names and texts are.</summary>
    private sealed class GeneratedFiles(List<KeyValuePair<string, string>> files) : System.IEquatable<GeneratedFiles>
    {
        public List<KeyValuePair<string, string>> Files { get; } = files;

        public bool Equals(GeneratedFiles? other) => other is not null && Files.SequenceEqual(other.Files);

        public override bool Equals(object? obj) => Equals(obj as GeneratedFiles);

        public override int GetHashCode() => Files.Aggregate(17, (hash, file) => (hash * 31) + file.Value.GetHashCode());
    }
}
