using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// A library compiled from source once, on first use, against the same .NET reference assemblies as the test
/// compilations (and the real AseanUn when asked), for tests whose code must reference it as metadata.
/// </summary>
internal sealed class CompiledLibrary(string assemblyName, string source, bool referencesAseanUn)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MetadataReference? _reference;

    /// <summary>Compiles the library the first time and returns the reference to its image.</summary>
    public async Task<MetadataReference> ReferenceAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_reference is null)
            {
                var references = new List<MetadataReference>(await TestReferences.Framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
                if (referencesAseanUn)
                {
                    references.Add(TestReferences.AseanUn);
                }

                var compilation = CSharpCompilation.Create(
                    assemblyName,
                    [CSharpSyntaxTree.ParseText(source)],
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                using var image = new MemoryStream();
                var emitted = compilation.Emit(image);
                Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
                _reference = MetadataReference.CreateFromImage(image.ToArray());
            }

            return _reference;
        }
        finally
        {
            _gate.Release();
        }
    }
}
