using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace AseanUn.Programmes;

/// <summary>One of our own programmes: its name and the pillars and action lines it is tagged with.</summary>
/// <param name="Name">The programme's name, from its <see cref="DescriptionAttribute"/>.</param>
/// <param name="Contributions">Its <see cref="ContributesToAttribute"/> tags, one per pillar.</param>
internal sealed record Programme(string Name, IReadOnlyList<ContributesToAttribute> Contributions)
{
    /// <summary>Returns every type in <paramref name="assembly"/> tagged with <see cref="ContributesToAttribute"/>, by name.</summary>
    public static List<Programme> In(Assembly assembly) =>
    [
        .. from type in assembly.GetTypes()
           let tags = type.GetCustomAttributes<ContributesToAttribute>().ToList()
           where tags.Count > 0
           let name = type.GetCustomAttribute<DescriptionAttribute>()?.Description ?? type.Name
           orderby name
           select new Programme(name, tags),
    ];
}
