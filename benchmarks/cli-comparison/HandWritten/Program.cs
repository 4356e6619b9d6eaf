// A hand-written parser: the floor for any framework.
if (args is ["timeline", ..])
{
    string? from = null, to = null, pillar = null, kind = null, org = null; var json = false;
    for (var i = 1; i < args.Length; i++)
    {
        switch (args[i]) { case "--from": from = args[++i]; break; case "--to": to = args[++i]; break; case "--pillar": pillar = args[++i]; break; case "--kind": kind = args[++i]; break; case "--org": org = args[++i]; break; case "--json": json = true; break; default: System.Console.Error.WriteLine($"Unknown option {args[i]}"); return 1; }
    }
    return Timeline.Print(from, to, pillar, kind, org, json);
}
System.Console.Error.WriteLine("Unknown command"); return 1;
