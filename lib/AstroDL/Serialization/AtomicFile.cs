using System.Diagnostics;

namespace AstroDL.Serialization;

/// <summary>
/// Writes a file through a temporary file in the same folder that is renamed over the target at the end, so
/// the target holds either its old content or the whole new content, never half of it.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{path}: the folder {folder} does not exist; create it before saving there.");
        StaleTemporaries.Remove(folder, Path.GetFileName(target));
        // Same folder: the rename stays on one file system, where it is atomic.
        var temporary = Path.Combine(folder, StaleTemporaries.Prefix(Path.GetFileName(target)) + $"{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not DirectoryNotFoundException)
        {
            // The exception names the temporary file, which the user never asked for.
            throw new IOException($"{path}: saving failed, the file keeps its previous content: {e.Message}", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Temporaries that a killed save left behind (the process died before its finally block).</summary>
    private static class StaleTemporaries
    {
        private static readonly DateTime ProcessStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

        public static string Prefix(string name) => $".{name}.";

        public static void Remove(string folder, string name)
        {
            foreach (var file in Directory.EnumerateFiles(folder, Prefix(name) + "*.tmp"))
            {
                // Written before this process started, and not held open by another save that is writing it now.
                if (File.GetLastWriteTimeUtc(file) >= ProcessStart) continue;
                try
                {
                    using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // In use or already gone: not ours to remove.
                }
            }
        }
    }
}
