using System.Diagnostics;
using AstroDL.Astro.Galaxies;
using AstroDL.Plotting;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Astro;

/// <summary>
/// Single-band 64×64 Galaxy10 galaxies per second on one core (PSF, noise and all), best of a few rounds after a warm-up;
/// with --grid FOLDER it also writes a PNG grid of every class (stretched, 3 bands) to look at.
/// </summary>
internal static class GalaxySimulatorBenchmark
{
    public static void Run(Options options)
    {
        int count = options.Int("count", 2000), rounds = options.Int("rounds", 3), threads = options.Int("threads", 1);
        GalaxySimulator.Galaxy10(200, bands: 1, seed: 1, max_threads: threads);
        double best = 0;
        for (int round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            GalaxySimulator.Galaxy10(count, bands: 1, seed: round, max_threads: threads);
            best = Math.Max(best, count / watch.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"Galaxy10 preset, 1 band, 64x64, {threads} thread(s): {best:N0} galaxies/s (best of {rounds} rounds of {count:N0})");
        if (options.Text("grid", "") is { Length: > 0 } folder) WriteGrids(folder);
    }

    private static void WriteGrids(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var galaxyClass in Enum.GetValues<Galaxy10Class>())
        {
            var batch = GalaxySimulator.Galaxy10(16, size: 64, seed: 7, classes: [galaxyClass]);
            File.WriteAllBytes(Path.Combine(folder, $"galaxy10-{(int)galaxyClass}.png"), Mosaic(batch.Stretched(), 8));
        }
        File.WriteAllBytes(Path.Combine(folder, "stars-galaxies.png"), Mosaic(GalaxySimulator.StarsAndGalaxies(16, seed: 3, bands: 3).Stretched(), 8));
        File.WriteAllBytes(Path.Combine(folder, "blends.png"), Mosaic(GalaxySimulator.Blends(16, seed: 3, bands: 3).Stretched(), 8));
        Console.WriteLine($"PNG grids written to {folder}");
    }

    /// <summary>Images [N, C, H, W] tiled into one [C, rows·H, columns·W] PNG, clipped to [0, 1].</summary>
    private static byte[] Mosaic(Tensor images, int columns)
    {
        var shape = images.shape;
        int n = (int)shape[0], c = (int)shape[1], h = (int)shape[2], w = (int)shape[3], rows = (n + columns - 1) / columns;
        var source = images.contiguous().data<float>().ToArray();
        var tiled = new float[c * rows * h * columns * w];
        for (int i = 0; i < n; i++)
        {
            for (int b = 0; b < c; b++)
            {
                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        int row = i / columns * h + y, col = i % columns * w + x;
                        tiled[(b * rows * h + row) * columns * w + col] = Math.Clamp(source[((i * c + b) * h + y) * w + x], 0f, 1f);
                    }
                }
            }
        }
        var mosaic = tensor(tiled, [c, rows * h, columns * w]);
        return RasterImage.FromTensor(mosaic).ToPng();
    }
}
