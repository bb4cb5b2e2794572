using AstroDL.Backends.Cpu;
using PureHDF;
using PureHDF.Selections;
using PureHDF.VOL.Native;
using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>
/// Reads a block of images from a Galaxy10 HDF5 file with PureHDF: the datasets <c>images</c> (N, H, W, 3) uint8 and
/// <c>ans</c> (N) labels, and where present <c>ra</c>, <c>dec</c>, <c>redshift</c>, <c>pxscale</c> (N). Only the chunks
/// that hold the block are read and decompressed, a bounded number of images at a time. The file's structure is
/// checked (whole file, datasets, shapes, types, labels); its SHA-256 is not, since hashing 2.54 GB on every load
/// would take longer than reading a block: `course data verify` and every download check it.
/// </summary>
internal static class Galaxy10File
{
    private const string ImagesName = "images";
    private const string LabelsName = "ans";
    private const string Described = "AstroDL.Galaxy10File";

    /// <summary>Images come from PureHDF this many bytes at a time, so the byte buffer stays small beside the float32 tensor.</summary>
    private const int BytesPerRead = 32 << 20;

    public static Galaxy10Images Read(Galaxy10Spec spec, Galaxy10Place place, int start, int? limit)
    {
        var path = place.File;
        var remedy = $"delete it and download it again (course data fetch {spec.Key} on the command line, or download: true in code)";
        Hdf5Header.CheckComplete(path, remedy);
        var reading = "its structure";
        try
        {
            using var file = H5File.OpenRead(path);
            NativeDataset Open(string name)
            {
                reading = $"the dataset '{name}'";
                return file.LinkExists(name)
                    ? (NativeDataset)file.Dataset(name)
                    : throw Problem(
                        $"{path} has no dataset '{name}' (it holds: {string.Join(", ", file.Children().Select(c => c.Name))}); it is not " +
                        $"{spec.Title}'s {spec.FileName} or it is damaged: {remedy}.");
            }

            var images = Open(ImagesName);
            var dims = images.Space.Dimensions;
            if (dims.Length != 4 || dims[3] != 3 || images.Type.Class != H5DataTypeClass.FixedPoint || images.Type.Size != 1)
                throw Problem(
                    $"{path}: the dataset '{ImagesName}' holds {TypeName(images.Type)} of shape {Shape(dims)}; {spec.Title} stores uint8 images " +
                    $"of shape (N, height, width, 3) ({spec.Contents}): {remedy}.");
            long total = (long)dims[0];
            if (start >= total)
                throw new ArgumentOutOfRangeException(nameof(start), start, $"{path} holds {total:N0} images, numbered 0 to {total - 1:N0}.");
            long count = Math.Min(limit ?? total, total - start);
            var (height, width) = ((int)dims[1], (int)dims[2]);
            CheckFits(spec, count, height, width);

            var labels = Labels(spec, path, Open(LabelsName), total, start, count, remedy);
            Tensor? Extra(string name)
            {
                if (!file.LinkExists(name)) return null;
                return tensor(Numbers(path, Open(name), total, start, count, remedy, scalarAllowed: true));
            }
            var extras = new Galaxy10Extras(Extra("ra"), Extra("dec"), Extra("redshift"), Extra("pxscale"));
            reading = $"the dataset '{ImagesName}'";
            var pixels = Images(images, start, count, height, width);
            return new Galaxy10Images(spec, start, total, pixels, tensor(labels), extras, place.Source);
        }
        catch (Exception e) when (!e.Data.Contains(Described) && e is not (ArgumentException or OutOfMemoryException or UnauthorizedAccessException or FileNotFoundException))
        {
            // PureHDF and zlib report damage in their own words ("The file is too small", a bad deflate stream) without the
            // file: name it, what was being read and the way out.
            throw new InvalidDataException($"{path}: reading {reading} failed ({e.Message}); the file is damaged: {remedy}.", e);
        }
    }

    /// <summary>A problem this reader found and described itself, marked so that the catch-all above passes it on unchanged.</summary>
    private static InvalidDataException Problem(string message)
    {
        var problem = new InvalidDataException(message);
        problem.Data[Described] = true;
        return problem;
    }

    /// <summary>The largest block one float32 tensor holds: refuse more, saying how much fits.</summary>
    private static void CheckFits(Galaxy10Spec spec, long count, int height, int width)
    {
        long perImage = 3L * height * width;
        if (count * perImage <= Array.MaxLength) return;
        throw new ArgumentException(
            $"{spec.Title}: {count:N0} images of 3×{height}×{width} are {count * perImage:N0} float32 values ({count * perImage * 4 / 1e9:F1} GB), " +
            $"more than one tensor holds ({Array.MaxLength:N0}). Pass limit: {Array.MaxLength / perImage:N0} or less, and read further blocks with start:.",
            "limit");
    }

    /// <summary>Images [start, start + count) as float32 [count, 3, height, width], reordered from the file's (N, H, W, 3).</summary>
    private static Tensor Images(NativeDataset dataset, long start, long count, int height, int width)
    {
        var result = Tensor.Empty([count, 3, height, width], ScalarType.Float32, CPU);
        var values = CpuBackend.Data<float>(result.View);
        int pixels = height * width, perImage = 3 * pixels;
        long perRead = Math.Max(1, Math.Min(count, BytesPerRead / perImage));
        var buffer = new byte[perRead * perImage];
        for (long done = 0; done < count;)
        {
            long n = Math.Min(perRead, count - done);
            ulong[] block = [(ulong)n, (ulong)height, (ulong)width, 3];
            var bytes = buffer.AsSpan(0, (int)(n * perImage));
            dataset.Read(bytes, new HyperslabSelection(4, [(ulong)(start + done), 0, 0, 0], block), null, block);
            for (long i = 0; i < n; i++)
            {
                var image = bytes.Slice((int)(i * perImage), perImage);
                var target = values.AsSpan((int)((done + i) * perImage), perImage);
                for (int c = 0; c < 3; c++)
                {
                    var band = target.Slice(c * pixels, pixels);
                    for (int p = 0; p < pixels; p++) band[p] = image[p * 3 + c] / 255f;
                }
            }
            done += n;
        }
        return result;
    }

    private static long[] Labels(Galaxy10Spec spec, string path, NativeDataset dataset, long total, long start, long count, string remedy)
    {
        var values = Numbers(path, dataset, total, start, count, remedy);
        var labels = new long[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is < 0 or > 9 || values[i] != Math.Floor(values[i]))
                throw Problem(
                    $"{path}: label {start + i:N0} in '{LabelsName}' is {values[i]}, not a class from 0 to {spec.Classes.Count - 1}: {remedy}.");
            labels[i] = (long)values[i];
        }
        return labels;
    }

    /// <summary>
    /// Elements [start, start + count) of a one-value-per-image dataset of any integer or float type, as float64; where
    /// <paramref name="scalarAllowed"/>, a single value (a pixel scale shared by every image) counts for each image.
    /// </summary>
    private static double[] Numbers(string path, NativeDataset dataset, long total, long start, long count, string remedy, bool scalarAllowed = false)
    {
        var dims = dataset.Space.Dimensions;
        bool scalar = scalarAllowed && dims.Length == 0;
        if (!scalar && (dims.Length != 1 || (long)dims[0] != total))
            throw Problem(
                $"{path}: the dataset '{dataset.Name}' has shape {Shape(dims)}, but the file holds {total:N0} images, so it must be ({total}): {remedy}.");
        Selection? selection = scalar ? null : new HyperslabSelection((ulong)start, (ulong)count);
        ulong[]? memory = scalar ? null : [(ulong)count];
        var values = ReadAsFloat64(path, dataset, selection, memory, remedy);
        return scalar ? Enumerable.Repeat(values[0], (int)count).ToArray() : values;
    }

    private static double[] ReadAsFloat64(string path, NativeDataset dataset, Selection? selection, ulong[]? memory, string remedy)
    {
        var type = dataset.Type;
        return (type.Class, type.Size) switch
        {
            (H5DataTypeClass.FloatingPoint, 4) => Array.ConvertAll(dataset.Read<float[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FloatingPoint, 8) => dataset.Read<double[]>(selection, null, memory),
            (H5DataTypeClass.FixedPoint, 1) when type.FixedPoint.IsSigned => Array.ConvertAll(dataset.Read<sbyte[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 1) => Array.ConvertAll(dataset.Read<byte[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 2) when type.FixedPoint.IsSigned => Array.ConvertAll(dataset.Read<short[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 2) => Array.ConvertAll(dataset.Read<ushort[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 4) when type.FixedPoint.IsSigned => Array.ConvertAll(dataset.Read<int[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 4) => Array.ConvertAll(dataset.Read<uint[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 8) when type.FixedPoint.IsSigned => Array.ConvertAll(dataset.Read<long[]>(selection, null, memory), v => (double)v),
            (H5DataTypeClass.FixedPoint, 8) => Array.ConvertAll(dataset.Read<ulong[]>(selection, null, memory), v => (double)v),
            _ => throw Problem($"{path}: the dataset '{dataset.Name}' holds {TypeName(type)}, not numbers: {remedy}."),
        };
    }

    private static string Shape(ulong[] dims) => "(" + string.Join(", ", dims) + ")";

    private static string TypeName(IH5DataType type) => $"{type.Class} values of {type.Size} byte(s)";
}
