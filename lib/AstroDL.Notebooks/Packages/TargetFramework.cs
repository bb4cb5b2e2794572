namespace AstroDL.Notebooks.Packages;

/// <summary>
/// Which of a package's target frameworks (lib/ folder names or nuspec dependency groups) this .NET 10 runner can
/// load, and which is best: the newest .NET, then .NET Core, then .NET Standard.
/// </summary>
internal static class TargetFramework
{
    /// <summary>A sortable rank, or null when the framework does not run here (.NET Framework, platform-specific, newer .NET).</summary>
    public static (int Family, Version Version)? Rank(string? moniker)
    {
        if (moniker is null or "") return (0, new Version(0, 0));
        var name = moniker.ToLowerInvariant()
            .Replace(".netstandard", "netstandard", StringComparison.Ordinal)
            .Replace(".netcoreapp", "netcoreapp", StringComparison.Ordinal);
        if (name.Contains('-')) return null;
        foreach (var (prefix, family, max) in new[] { ("netstandard", 1, new Version(2, 1)), ("netcoreapp", 2, new Version(3, 1)), ("net", 3, new Version(10, 0)) })
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (!Version.TryParse(name[prefix.Length..], out var version)) return null;
            if (family == 3 && version.Major < 5) return null;
            return version <= max ? (family, version) : null;
        }
        return null;
    }

    /// <summary>The best loadable entry among <paramref name="monikers"/>, or null.</summary>
    public static string? Best(IEnumerable<string> monikers) =>
        monikers.Select(m => (Moniker: m, Rank: Rank(m)))
            .Where(e => e.Rank is not null)
            .OrderByDescending(e => e.Rank!.Value.Family).ThenByDescending(e => e.Rank!.Value.Version)
            .Select(e => e.Moniker)
            .FirstOrDefault();
}
