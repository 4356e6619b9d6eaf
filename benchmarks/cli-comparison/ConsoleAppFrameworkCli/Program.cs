using ConsoleAppFramework;
var app = ConsoleApp.Create();
app.Add<Commands>();
app.Run(args);
return System.Environment.ExitCode;

public class Commands
{
    /// <summary>Every dated record of the partnership in date order, optionally filtered.</summary>
    /// <param name="from">Earliest date.</param>
    /// <param name="to">Latest date.</param>
    /// <param name="pillar">Pillar code.</param>
    /// <param name="kind">Kind.</param>
    /// <param name="org">Organisation.</param>
    /// <param name="json">JSON output.</param>
    [Command("timeline")]
    public int Timeline(string? from = null, string? to = null, string? pillar = null, string? kind = null, string? org = null, bool json = false) => global::Timeline.Print(from, to, pillar, kind, org, json);
    [Command("pillars")] public int Pillars(bool json = false) => 0;
    [Command("show")] public int Show([Argument] string id, bool json = false) => 0;
    [Command("find")] public int Find([Argument] string words, bool json = false) => 0;
}
