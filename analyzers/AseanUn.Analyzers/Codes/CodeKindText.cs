namespace AseanUn.Analyzers.Codes;

/// <summary>How messages name each kind of code, and the example of its shape they show.</summary>
internal static class CodeKindText
{
    public static string Noun(CodeKind kind) => kind switch
    {
        CodeKind.Pillar => "pillar",
        CodeKind.Area => "area",
        CodeKind.ActionLine => "action-line",
        _ => "code",
    };

    public static string Title(CodeKind kind) => kind switch
    {
        CodeKind.Pillar => "Pillar",
        CodeKind.Area => "Area",
        CodeKind.ActionLine => "Action line",
        _ => "Code",
    };

    public static string Example(CodeKind kind) => kind switch
    {
        CodeKind.Pillar => "SC",
        CodeKind.Area => "SC.1",
        _ => "SC.1.2",
    };
}
