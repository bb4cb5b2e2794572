using System.Security.Cryptography;
using AstroDL.Serialization;

namespace AstroDL.Datasets;

/// <summary>
/// Downloads published data files, trying each mirror in turn. A file is written under a temporary name and renamed
/// only once its SHA-256 matches the published one, so a failed or tampered download leaves nothing behind.
/// </summary>
internal sealed class Downloader : IDisposable
{
    private const int ChunkBytes = 1 << 16;

    private readonly HttpClient client;

    /// <param name="handler">The HTTP stack (tests pass a fake one); null for the system's.</param>
    public Downloader(HttpMessageHandler? handler = null)
    {
        client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>Downloads <paramref name="file"/> (its .gz form) into <paramref name="folder"/>, returning its path.</summary>
    public string Fetch(KnownFile file, IReadOnlyList<string> mirrors, string folder, IProgress<DownloadProgress>? progress) =>
        Fetch(file.Name + ".gz", file.FileSha256, mirrors, folder, progress);

    /// <summary>
    /// Downloads <paramref name="fileName"/> from the first mirror that serves it with one of the published
    /// <paramref name="sha256"/> values (the first is the one named in messages) into <paramref name="folder"/>, returning its path.
    /// </summary>
    public string Fetch(string fileName, IReadOnlyList<string> sha256, IReadOnlyList<string> mirrors, string folder, IProgress<DownloadProgress>? progress)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, fileName);
        var failures = new List<string>();
        foreach (var mirror in mirrors)
        {
            var url = mirror + fileName;
            try
            {
                AtomicFile.Write(target, stream => Copy(url, stream, fileName, sha256, progress));
                return target;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException or OperationCanceledException)
            {
                failures.Add($"  {url}: {e.Message}");
            }
        }
        throw new IOException(
            $"Could not download {fileName} from any mirror:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}{Environment.NewLine}" +
            $"Without internet, download it elsewhere from one of those addresses and put it in {folder}.");
    }

    private void Copy(string url, Stream destination, string fileName, IReadOnlyList<string> sha256, IProgress<DownloadProgress>? progress)
    {
        using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        long? total = response.Content.Headers.ContentLength;
        using var source = response.Content.ReadAsStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkBytes];
        long bytes = 0;
        for (int read; (read = source.Read(buffer)) > 0;)
        {
            destination.Write(buffer, 0, read);
            hash.AppendData(buffer, 0, read);
            bytes += read;
            progress?.Report(new DownloadProgress(fileName, bytes, total));
        }
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!sha256.Contains(actual))
            throw new InvalidDataException($"the file it sent has SHA-256 {actual}, not the published {sha256[0]}; it was not kept");
    }

    public void Dispose() => client.Dispose();
}
