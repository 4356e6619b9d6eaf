using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Tests.Verifiers;

/// <summary>
/// A referenced AseanUn-like library whose vocabulary has a superseded action line: the real one has none today, and
/// the superseded-line rule and its fix must still be shown to work when a later version marks one.
/// </summary>
internal static class SupersededVocabulary
{
    private const string Source = """
        namespace AseanUn
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)] public sealed class PillarCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)] public sealed class AreaCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)] public sealed class ActionLineCodeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Field)]
            public sealed class SupersededByAttribute(string successorCode) : System.Attribute { public string SuccessorCode { get; } = successorCode; }
            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class ContributesToAttribute([PillarCode] string pillar, [ActionLineCode] params string[] actionLines) : System.Attribute
            {
                public string Pillar { get; } = pillar;
                public string[] ActionLines { get; } = actionLines;
            }

            public static class PillarCodes { public const string Economic = "EC"; }
            public static class AreaCodes { public const string MdgsAndDevelopmentGap = "EC.4"; public const string Agenda2030 = "EC.5"; }
            public static class ActionLineCodes
            {
                [SupersededBy(Agenda2030Complementarity)] public const string MdgAcceleration = "EC.4.2";
                public const string Agenda2030Complementarity = "EC.5.1";
            }
        }
        """;

    private static readonly CompiledLibrary Library = new("AseanUn", Source, referencesAseanUn: false);

    /// <summary>Compiles the library once, against the same .NET reference assemblies as the test compilations.</summary>
    public static Task<MetadataReference> ReferenceAsync() => Library.ReferenceAsync();
}
