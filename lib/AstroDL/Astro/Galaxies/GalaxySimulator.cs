using static AstroDL.torch;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Seeded galaxy-image data sets in one call, e.g. <c>var batch = GalaxySimulator.Galaxy10(count: 20000, size: 64, seed: 0);</c>.
/// Image i depends only on (seed, i): the same on any thread count. Images are made in parallel over chunks of images.
/// </summary>
public static class GalaxySimulator
{
    private const int Chunk = 32;

    /// <summary>
    /// Galaxies of the ten Galaxy10 DECaLS classes (each image's class drawn uniformly from <paramref name="classes"/>,
    /// default all ten), in 3 bands (g, r, z) or 1 (r). <paramref name="signal_to_noise"/> sets every galaxy's S/N;
    /// <paramref name="observation"/> sets the PSF, sky and read noise (its size, bands and S/N are replaced by these arguments).
    /// </summary>
    public static GalaxyBatch Galaxy10(int count, int size = 64, long seed = 0, int bands = 3, double? signal_to_noise = null,
        Observation? observation = null, IReadOnlyList<Galaxy10Class>? classes = null, int? max_threads = null)
    {
        var chosen = classes is { Count: > 0 } ? classes.ToArray() : Enum.GetValues<Galaxy10Class>();
        var obs = Configure(observation, size, bands, signal_to_noise);
        return Simulate(count, seed, obs, Galaxy10Classes.Names, max_threads, (ref ImageStream stream) =>
            Galaxy10Preset.Draw(chosen[stream.Integer(0, chosen.Length)], ref stream, obs.Size));
    }

    /// <summary>Stars (label 0, the PSF alone) and compact galaxies (label 1) in equal numbers on average, for star–galaxy classification.</summary>
    public static GalaxyBatch StarsAndGalaxies(int count, int size = 32, long seed = 0, int bands = 1, double? signal_to_noise = null,
        Observation? observation = null, int? max_threads = null)
    {
        var obs = Configure(observation, size, bands, signal_to_noise);
        return Simulate(count, seed, obs, ["star", "galaxy"], max_threads, (ref ImageStream stream) =>
            StarGalaxyPreset.Draw(stream.Integer(0, 2), ref stream, obs));
    }

    /// <summary>
    /// Single Sérsic galaxies (label 0) whose truth holds the parameters to recover: n in [0.5, 6] (log-uniform), R_e in [2, 8]
    /// pixels for a 64-pixel stamp (scaled with <paramref name="size"/>), axis ratio in [0.3, 1], position angle.
    /// </summary>
    public static GalaxyBatch Sersic(int count, int size = 64, long seed = 0, int bands = 1, double? signal_to_noise = null,
        Observation? observation = null, int? max_threads = null)
    {
        var obs = Configure(observation, size, bands, signal_to_noise);
        return Simulate(count, seed, obs, ["Sérsic galaxy"], max_threads, (ref ImageStream stream) => SersicPreset.Draw(ref stream, obs.Size));
    }

    /// <summary>Two overlapping galaxies per image (label 2) with one segmentation mask per galaxy in <see cref="GalaxyBatch.Masks"/>, for deblending.</summary>
    public static GalaxyBatch Blends(int count, int size = 64, long seed = 0, int bands = 1, double? signal_to_noise = null,
        Observation? observation = null, int? max_threads = null)
    {
        var obs = Configure(observation, size, bands, signal_to_noise);
        return Simulate(count, seed, obs, ["", "", "two galaxies"], max_threads, withMasks: true, make: (ref ImageStream stream) => BlendPreset.Draw(ref stream, obs.Size));
    }

    /// <summary>The model that image <paramref name="index"/> of <c>Galaxy10(..., seed)</c> of one class would draw, to look at its parts.</summary>
    public static GalaxyModel Galaxy10Model(Galaxy10Class galaxy_class, int size = 64, long seed = 0, long index = 0)
    {
        var stream = new ImageStream(seed, index);
        return Galaxy10Preset.Draw(galaxy_class, ref stream, size);
    }

    /// <summary>One image [bands, H, W] of <paramref name="model"/> as <paramref name="observation"/> sees it, and its truth.</summary>
    public static (Tensor Image, GalaxyParameters Truth) Render(GalaxyModel model, Observation observation, long seed = 0)
    {
        observation.Check();
        var renderer = new GalaxyRenderer(observation, observation.Psf());
        var values = new float[observation.Bands * observation.Size * observation.Size];
        var stream = new ImageStream(seed, 0);
        var truth = renderer.Render(model, values, 0, ref stream);
        return (tensor(values, [observation.Bands, observation.Size, observation.Size]), truth);
    }

    private delegate GalaxyModel ModelMaker(ref ImageStream stream);

    private static Observation Configure(Observation? observation, int size, int bands, double? signalToNoise)
    {
        if (size < Observation.MinSize || size > Observation.MaxSize)
            throw new ArgumentException($"size {size} must lie in [{Observation.MinSize}, {Observation.MaxSize}] pixels.", nameof(size));
        var obs = (observation ?? new Observation()) with { Size = size, Bands = bands, SignalToNoise = signalToNoise ?? observation?.SignalToNoise };
        obs.Check();
        return obs;
    }

    private static GalaxyBatch Simulate(int count, long seed, Observation obs, IReadOnlyList<string> names, int? maxThreads, ModelMaker make,
        bool withMasks = false)
    {
        if (count < 1) throw new ArgumentException($"count {count} must be ≥ 1 image.", nameof(count));
        if (maxThreads is < 1) throw new ArgumentException($"max_threads {maxThreads} must be ≥ 1 (or null for all cores).", "max_threads");
        int bands = obs.Bands, plane = obs.Size * obs.Size, stride = bands * plane;
        var psf = obs.Psf();
        var images = new float[(long)count * stride];
        var truths = new GalaxyParameters[count];
        var masks = withMasks ? new float[(long)count * 2 * plane] : null;
        int chunks = (count + Chunk - 1) / Chunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? -1 };
        Parallel.For(0, chunks, options, chunk =>
        {
            var renderer = new GalaxyRenderer(obs, psf);
            var scratch = new float[stride];
            for (int i = chunk * Chunk; i < Math.Min(count, (chunk + 1) * Chunk); i++)
            {
                var stream = new ImageStream(seed, i);
                var model = make(ref stream);
                truths[i] = renderer.Render(model, images, i * stride, ref stream);
                if (masks is not null) SegmentMasks.Write(renderer, model, truths[i].Flux / model.Truth.Flux, obs, scratch, masks, (long)i * 2 * plane);
            }
        });
        long[] shape = [count, bands, obs.Size, obs.Size];
        var maskTensor = masks is null ? null : tensor(masks, [count, 2, obs.Size, obs.Size]);
        return new GalaxyBatch(tensor(images, shape), GalaxyBatch.LabelTensor(truths), truths, names, obs, maskTensor);
    }
}
