using System.Xml.Linq;

namespace AstroDL.Notebooks.Packages;

/// <summary>
/// Resolves <c>#r "nuget:"</c> references from the local NuGet package folder (NUGET_PACKAGES, else ~/.nuget/packages)
/// without a restore: the package's dlls for the best target framework and its native libraries for this platform
/// (runtimes/RID/native, runtimes/RID/nativeassets/TFM), then its dependencies (lowest version at or above what it asks
/// for), skipping what the shared framework already provides. The runner never downloads.
/// </summary>
internal sealed class NuGetCache(string root)
{
    private static readonly HashSet<string> frameworkAssemblies = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static NuGetCache Default { get; } = new(
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));

    public string Root { get; } = root;

    /// <summary>The dlls and native folders of the package and its dependencies; throws with what to do when something is not in the cache.</summary>
    public ResolvedPackage Resolve(PackageReference package)
    {
        List<string> dlls = [], natives = [];
        Visit(package.Name, package.Version, exact: true, new HashSet<string>(StringComparer.OrdinalIgnoreCase), dlls, natives, package);
        return new ResolvedPackage(dlls, natives);
    }

    private void Visit(string id, string version, bool exact, HashSet<string> seen, List<string> dlls, List<string> natives,
        PackageReference requested)
    {
        if (!seen.Add(id) || (!exact && frameworkAssemblies.Contains(id))) return;
        var folder = (exact ? Exact(id, version) : AtLeast(id, version))
            ?? throw new FileNotFoundException(
                $"#r \"nuget: {requested.Name}, {requested.Version}\": {id} {(exact ? version : ">= " + version)} is not in the local NuGet " +
                $"cache ({Root}), and the course runner works offline. Restore it once where NuGet is reachable " +
                $"(dotnet add package {id} --version {version}, in any project), or reference its dll with #r \"path/to.dll\".");
        var lib = Path.Combine(folder, "lib");
        if (Directory.Exists(lib) && TargetFramework.Best(Directory.GetDirectories(lib).Select(Path.GetFileName).OfType<string>()) is { } tfm)
        {
            dlls.AddRange(Directory.GetFiles(Path.Combine(lib, tfm), "*.dll").Order(StringComparer.Ordinal));
        }
        natives.AddRange(NativeFolders(folder));
        foreach (var (dependency, minimum) in Dependencies(folder, id))
        {
            Visit(dependency, minimum, exact: false, seen, dlls, natives, requested);
        }
    }

    private static IEnumerable<string> NativeFolders(string packageFolder)
    {
        foreach (var rid in NativeLibraries.RuntimeIdentifiers)
        {
            var runtime = Path.Combine(packageFolder, "runtimes", rid);
            var native = Path.Combine(runtime, "native");
            if (Directory.Exists(native)) yield return native;
            var assets = Path.Combine(runtime, "nativeassets");
            if (Directory.Exists(assets) && TargetFramework.Best(Directory.GetDirectories(assets).Select(Path.GetFileName).OfType<string>()) is { } tfm)
                yield return Path.Combine(assets, tfm);
        }
    }

    private string? Exact(string id, string version)
    {
        var folder = Path.Combine(Root, id.ToLowerInvariant(), version.ToLowerInvariant());
        return Directory.Exists(folder) ? folder : null;
    }

    private string? AtLeast(string id, string minimum)
    {
        var packageFolder = Path.Combine(Root, id.ToLowerInvariant());
        if (!Directory.Exists(packageFolder) || !Version.TryParse(minimum.Split('-')[0], out var floor)) return null;
        return Directory.GetDirectories(packageFolder)
            .Select(d => (Folder: d, Version: Version.TryParse(Path.GetFileName(d), out var v) ? v : null))
            .Where(e => e.Version is not null && e.Version >= floor)
            .OrderBy(e => e.Version)
            .Select(e => e.Folder)
            .FirstOrDefault();
    }

    /// <summary>(id, lowest acceptable version) of the nuspec's dependency group that best fits this runner.</summary>
    private static IEnumerable<(string Id, string Minimum)> Dependencies(string folder, string id)
    {
        var nuspec = Path.Combine(folder, id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(nuspec)) return [];
        var groups = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "group").ToList();
        var best = TargetFramework.Best(groups.Select(g => (string?)g.Attribute("targetFramework") ?? ""));
        var group = groups.FirstOrDefault(g => ((string?)g.Attribute("targetFramework") ?? "") == best);
        return group is null
            ? []
            : group.Elements().Where(e => e.Name.LocalName == "dependency")
                .Select(e => ((string?)e.Attribute("id") ?? "", ((string?)e.Attribute("version") ?? "0.0").Trim('[', '(', ' ').Split(',')[0].Trim()))
                .Where(d => d.Item1.Length > 0)
                .ToList();
    }
}
