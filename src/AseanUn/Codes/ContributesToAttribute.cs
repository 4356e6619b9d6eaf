using System;
using AseanUn.Collections;

namespace AseanUn;

/// <summary>
/// Tags a consumer's own programme, project or work item with the pillar and action lines it contributes to.
/// The analyzers check that every line exists and lies under the pillar.
/// </summary>
/// <example>
/// <code>
/// [ContributesTo(PillarCodes.SocioCultural, ActionLineCodes.Children, ActionLineCodes.PublicHealth)]
/// sealed class NutritionProgramme { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ContributesToAttribute : Attribute
{
    /// <summary>Tags the target with a pillar and one or more action lines under it.</summary>
    /// <param name="pillar">A pillar code, e.g. <see cref="PillarCodes.SocioCultural"/>.</param>
    /// <param name="actionLines">Action-line codes under <paramref name="pillar"/>.</param>
    public ContributesToAttribute([PillarCode] string pillar, [ActionLineCode] params string[] actionLines)
    {
        Pillar = pillar;
        ActionLines = EquatableArray.From(actionLines ?? []);
    }

    /// <summary>Gets the pillar code.</summary>
    public string Pillar { get; }

    /// <summary>Gets the action-line codes.</summary>
    public EquatableArray<string> ActionLines { get; }
}
