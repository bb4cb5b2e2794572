using System.Buffers.Binary;
using System.IO.Compression;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.EndToEnd;

/// <summary>
/// Fashion-MNIST from its four gzipped IDX files (the layout of Debian's dataset-fashion-mnist). A small stand-in
/// for the kit's data set loaders, so both sides of the comparison read the same bytes.
/// </summary>
internal static class FashionMnist
{
    /// <summary>Debian's dataset-fashion-mnist installs the files here.</summary>
    public const string SystemFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Images as float32 [N, 1, 28, 28] scaled to [0, 1], labels as int64 [N].</summary>
    public static ImageData Load(string folder) => new(
        Images(Path.Combine(folder, "train-images-idx3-ubyte.gz")), Labels(Path.Combine(folder, "train-labels-idx1-ubyte.gz")),
        Images(Path.Combine(folder, "t10k-images-idx3-ubyte.gz")), Labels(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz")), "Fashion-MNIST");

    private static Tensor Images(string path)
    {
        var (dims, bytes) = Read(path, magic: 0x803);
        var values = new float[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) values[i] = bytes[i] / 255f;
        return tensor(values, [dims[0], 1, dims[1], dims[2]]);
    }

    private static Tensor Labels(string path)
    {
        var (dims, bytes) = Read(path, magic: 0x801);
        return tensor(Array.ConvertAll(bytes, b => (long)b), [dims[0]]);
    }

    /// <summary>The dimensions and the unsigned bytes of one IDX file (big-endian header: magic, then one size per dimension).</summary>
    private static (int[] dims, byte[] bytes) Read(string path, int magic)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"{path} is missing. Install Debian's dataset-fashion-mnist (apt-get install dataset-fashion-mnist) or pass --data FOLDER.", path);
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var all = memory.ToArray();
        int found = BinaryPrimitives.ReadInt32BigEndian(all);
        if (found != magic) throw new InvalidDataException($"{path}: IDX magic 0x{found:X} where 0x{magic:X} was expected.");
        int rank = magic & 0xFF;
        var dims = new int[rank];
        for (int d = 0; d < rank; d++) dims[d] = BinaryPrimitives.ReadInt32BigEndian(all.AsSpan(4 + 4 * d));
        int header = 4 + 4 * rank;
        long count = dims.Aggregate(1L, (a, b) => a * b);
        if (all.Length - header != count) throw new InvalidDataException($"{path}: {all.Length - header} data bytes where the header promises {count}.");
        return (dims, all[header..]);
    }
}
