namespace AseanUn.Model;

/// <summary>The shape a record type's ids must have.</summary>
internal enum RecordIdRule
{
    /// <summary>Lower-case kebab-case, e.g. <c>summit-4</c>.</summary>
    KebabCase,

    /// <summary>A pillar code, e.g. <c>SC</c>.</summary>
    PillarCode,

    /// <summary>An area code, e.g. <c>SC.1</c>.</summary>
    AreaCode,

    /// <summary>An action-line code, e.g. <c>SC.1.2</c>.</summary>
    ActionLineCode,
}
