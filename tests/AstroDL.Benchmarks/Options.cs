namespace AstroDL.Benchmarks;

/// <summary>The command line after the mode: "--name value" pairs.</summary>
internal sealed class Options(string[] args)
{
    private string? Find(string name)
    {
        int at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public string Text(string name, string fallback) => Find(name) ?? fallback;

    public int Int(string name, int fallback) => Find(name) is { } v ? int.Parse(v) : fallback;
}
