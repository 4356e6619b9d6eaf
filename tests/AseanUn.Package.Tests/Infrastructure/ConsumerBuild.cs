using System.Collections.Generic;

namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>The outcome of building a consumer project.</summary>
/// <param name="Process">The <c>dotnet build</c> run.</param>
/// <param name="Analyzers">The full paths of the analyzer assemblies the compiler was given.</param>
/// <param name="References">The full paths of the assemblies the project compiled against.</param>
/// <param name="Diagnostics">The compiler and MSBuild diagnostics in the build output.</param>
public sealed record ConsumerBuild(
    ProcessResult Process,
    IReadOnlyList<string> Analyzers,
    IReadOnlyList<string> References,
    IReadOnlyList<BuildDiagnostic> Diagnostics);
