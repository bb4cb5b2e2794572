namespace AstroDL.Backends.Cuda.Native;

/// <summary>
/// Finds one CUDA library: the override variable's file, then for each versioned name (newest first) the
/// system loader's own search and then every known folder. Each attempt is written to the trace.
/// </summary>
internal sealed class LibrarySearch(INativeHost host, LoaderTrace trace)
{
    /// <summary>
    /// Loads the newest usable release of <paramref name="kind"/>, or returns null. Releases newer than
    /// <paramref name="newestRelease"/> (what the installed driver supports) are skipped: their code would not load.
    /// </summary>
    public LoadedLibrary? Find(CudaLibraryKind kind, int? newestRelease = null)
    {
        string library = kind.ToString().ToLowerInvariant();
        var names = CudaLibraryLocations.Names(kind, host.IsWindows);
        var folders = CudaLibraryLocations.Folders(kind, host);
        var present = folders.Where(host.DirectoryExists).ToArray();

        var variable = CudaLibraryLocations.OverrideVariable(kind);
        if (host.GetEnvironmentVariable(variable) is { Length: > 0 } chosen)
        {
            if (host.TryLoad(chosen, out var handle, out var error))
            {
                trace.Add(library, LoaderOutcome.Loaded, chosen, $"from {variable}");
                return new LoadedLibrary(kind, handle, chosen, ReleaseOf(chosen, names));
            }
            trace.Add(library, LoaderOutcome.Failed, chosen, $"{variable} names this file but it did not load ({error}); searching elsewhere");
        }

        foreach (var name in names)
        {
            if (newestRelease is { } newest && name.Major > newest)
            {
                trace.Add(library, LoaderOutcome.Skipped, name.File, $"CUDA {name.Major} needs a newer driver (this one supports CUDA {newest})");
                continue;
            }
            if (TryLoad(kind, name, folder: null, out var found, out var systemError)) return found;
            var failures = new List<string>();
            foreach (var folder in present)
            {
                var path = Join(folder, name.File);
                if (!host.FileExists(path)) continue;
                if (TryLoad(kind, name, folder, out found, out var error)) return found;
                failures.Add($"{path}: {error}");
            }
            var detail = $"system search: {systemError}";
            detail += failures.Count == 0 ? "; not in any searched folder" : "; " + string.Join("; ", failures);
            trace.Add(library, LoaderOutcome.Failed, name.File, detail);
        }
        if (present.Length > 0) trace.Add(library, LoaderOutcome.Note, "searched folders", string.Join(", ", present));
        var absent = folders.Except(present).ToArray();
        if (absent.Length > 0) trace.Add(library, LoaderOutcome.Absent, "folders not on this machine", string.Join(", ", absent));
        return null;
    }

    private bool TryLoad(CudaLibraryKind kind, LibraryName name, string? folder, out LoadedLibrary? found, out string error)
    {
        found = null;
        string library = kind.ToString().ToLowerInvariant();
        var target = folder is null ? name.File : Join(folder, name.File);
        if (folder is not null) LoadCompanions(library, name, folder);
        if (!host.TryLoad(target, out var handle, out error)) return false;
        trace.Add(library, LoaderOutcome.Loaded, target, folder is null ? "found by the system loader" : "");
        found = new LoadedLibrary(kind, handle, target, name.Major);
        return true;
    }

    /// <summary>Loads what a library needs from its own folder first, so a second copy elsewhere on the system is not picked up.</summary>
    private void LoadCompanions(string library, LibraryName name, string folder)
    {
        if (name.Companion is null) return;
        foreach (var companion in host.FindFiles(folder, name.Companion))
        {
            if (host.TryLoad(companion, out _, out var error)) trace.Add(library, LoaderOutcome.Note, companion, "loaded first (a dependency)");
            else trace.Add(library, LoaderOutcome.Failed, companion, $"dependency did not load: {error}");
        }
    }

    /// <summary>The release of an override file, read from its name (0 when the name says nothing).</summary>
    private static int ReleaseOf(string path, IReadOnlyList<LibraryName> names)
    {
        var file = Path.GetFileName(path.Replace('\\', '/'));
        return names.FirstOrDefault(n => string.Equals(n.File, file, StringComparison.OrdinalIgnoreCase))?.Major ?? 0;
    }

    private string Join(string folder, string file) => folder + (host.IsWindows ? "\\" : "/") + file;
}
