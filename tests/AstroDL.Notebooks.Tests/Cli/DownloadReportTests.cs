using AstroDL.Datasets;
using Course.Cli.Commands;

namespace AstroDL.Notebooks.Tests.Cli;

public class DownloadReportTests
{
    [Fact]
    public void A_download_is_reported_once_per_tenth_and_at_the_end()
    {
        var output = new StringWriter();
        var report = new DownloadReport(output);
        for (long bytes = 65_536; bytes < 2_000_000; bytes += 65_536) report.Report(new DownloadProgress("big.h5", bytes, 2_000_000));
        report.Report(new DownloadProgress("big.h5", 2_000_000, 2_000_000));
        report.Report(new DownloadProgress("small.gz", 4_073, 4_073));

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(11, lines.Length);
        // 64 KiB chunks: the first at or past each 200,000 bytes is reported.
        Assert.Equal("     big.h5: 0.3 MB of 2.0 MB (13%)", lines[0]);
        Assert.Equal("     big.h5: 1.8 MB of 2.0 MB (92%)", lines[8]);
        Assert.Equal("     big.h5: 2.0 MB of 2.0 MB (100%)", lines[9]);
        Assert.Equal("     small.gz: 0.0 MB of 0.0 MB (100%)", lines[10]);
    }

    [Fact]
    public void Without_a_size_every_100_MB_is_reported()
    {
        var output = new StringWriter();
        var report = new DownloadReport(output);
        for (long bytes = 10_000_000; bytes <= 250_000_000; bytes += 10_000_000) report.Report(new DownloadProgress("stream.h5", bytes, null));
        Assert.Equal("     stream.h5: 100.0 MB\n     stream.h5: 200.0 MB\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
