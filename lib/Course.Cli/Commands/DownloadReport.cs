using AstroDL.Datasets;

namespace Course.Cli.Commands;

/// <summary>
/// Prints how far a download has come, one line per tenth of a file (per 100 MB where the server does not say the
/// size), so a 2.54 GB Galaxy10 download shows that it is moving without flooding a captured log.
/// </summary>
public sealed class DownloadReport(TextWriter output) : IProgress<DownloadProgress>
{
    private const long StepWithoutTotal = 100_000_000;

    private string? file;
    private long nextReport;

    public void Report(DownloadProgress value)
    {
        if (value.File != file)
        {
            file = value.File;
            nextReport = Step(value);
        }
        bool done = value.TotalBytes is { } total && value.Bytes >= total;
        if (value.Bytes < nextReport && !done) return;
        var share = value.TotalBytes is { } size and > 0 ? $" of {size / 1e6:N1} MB ({100.0 * value.Bytes / size:F0}%)" : "";
        output.WriteLine($"     {value.File}: {value.Bytes / 1e6:N1} MB{share}");
        // The next whole step, so the lines stay a tenth apart however the chunks fall.
        nextReport = done ? long.MaxValue : (value.Bytes / Step(value) + 1) * Step(value);
    }

    private static long Step(DownloadProgress value) => value.TotalBytes is { } total and > 0 ? Math.Max(1, total / 10) : StepWithoutTotal;
}
