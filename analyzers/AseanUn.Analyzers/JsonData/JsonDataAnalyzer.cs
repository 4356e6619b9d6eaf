using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AseanUn.Analyzers.JsonData;

/// <summary>
/// Checks the project's AseanUn data and layer files — additional files named <c>*.aseanun.json</c> — against the
/// data format, the vocabulary and the stack each names (AUN0201–AUN0208), in the build and in the IDE.
/// </summary>
/// <remarks>
/// A project without such files pays one pass over the names of its additional files, at compilation start, and
/// registers nothing. With them, every data file is read once per compilation (each file's stack may include the
/// others), and each is checked in its own additional-file callback, so the IDE rechecks the file being edited.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonDataAnalyzer : AseanUnAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MalformedJson,
        Descriptors.UnknownJsonProperty,
        Descriptors.InvalidJsonValue,
        Descriptors.UnknownJsonCode,
        Descriptors.DanglingJsonReference,
        Descriptors.UnknownRequiredEdition,
        Descriptors.MissingJsonProperty,
        Descriptors.DuplicateJsonRecordId);

    /// <inheritdoc/>
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var files = context.Options.AdditionalFiles;
        if (!DataFileSet.AnyIn(files))
        {
            return;
        }

        var set = new Lazy<DataFileSet>(() => DataFileSet.Read(files), LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterAdditionalFileAction(c =>
        {
            if (DataFile.IsDataFile(c.AdditionalFile.Path) && set.Value.Find(c.AdditionalFile.Path) is { } file)
            {
                DataFileChecker.Check(file, set.Value, c.ReportDiagnostic);
            }
        });
    }
}
