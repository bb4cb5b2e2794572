using System.Runtime.InteropServices;
using AstroDL.Astro.Galaxies;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>
/// Lecture 5's data: simulated 64×64 galaxies of the ten Galaxy10 classes in g, r and z, asinh-stretched. The kit makes
/// them once and writes them as raw little-endian arrays, so PyTorch trains on the very same values.
/// </summary>
internal static class GalaxyStamps
{
    public const int Size = 64, Bands = 3;

    /// <summary>Training images from seed <paramref name="seed"/>, test images from the next seed (no image in both).</summary>
    public static ImageData Simulate(int trainCount, int testCount, long seed)
    {
        var train = GalaxySimulator.Galaxy10(trainCount, size: Size, bands: Bands, seed: seed);
        var test = GalaxySimulator.Galaxy10(testCount, size: Size, bands: Bands, seed: seed + 1);
        return new ImageData(train.Stretched(), train.Labels, test.Stretched(), test.Labels, "simulated Galaxy10 stamps (64x64, g r z)");
    }

    /// <summary>
    /// train-images.f32, train-labels.i64, test-images.f32 and test-labels.i64 in <paramref name="folder"/>: the bytes of
    /// the contiguous tensors, which torch_train.py reads with numpy.fromfile.
    /// </summary>
    public static void Write(ImageData data, string folder)
    {
        Directory.CreateDirectory(folder);
        WriteRaw<float>(data.TrainImages, Path.Combine(folder, "train-images.f32"));
        WriteRaw<long>(data.TrainLabels, Path.Combine(folder, "train-labels.i64"));
        WriteRaw<float>(data.TestImages, Path.Combine(folder, "test-images.f32"));
        WriteRaw<long>(data.TestLabels, Path.Combine(folder, "test-labels.i64"));
    }

    private static void WriteRaw<T>(Tensor tensor, string path) where T : unmanaged =>
        File.WriteAllBytes(path, MemoryMarshal.AsBytes(tensor.contiguous().data<T>().ToArray().AsSpan()).ToArray());
}
