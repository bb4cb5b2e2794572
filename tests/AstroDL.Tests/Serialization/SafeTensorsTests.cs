using System.Buffers.Binary;
using System.Text;
using static AstroDL.torch;

namespace AstroDL.Tests.Serialization;

public class SafeTensorsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void EveryDtypeAndShapeRoundTrips()
    {
        var tensors = new Dictionary<string, Tensor>
        {
            ["f32"] = tensor(new float[] { 1.5f, -0f, float.MaxValue, float.Epsilon, float.NaN, float.NegativeInfinity }, [2, 3]),
            ["f64"] = tensor(new double[] { Math.PI, -1e-300 }, [2, 1]),
            ["i64"] = tensor(new long[] { long.MinValue, -1, 0, long.MaxValue }, [4]),
            ["bool"] = tensor(new[] { true, false, false, true }, [2, 2]),
            ["scalar"] = tensor(2.75f),
            ["empty"] = zeros([0, 5]),
            ["view"] = arange(12, dtype: float64).reshape(3, 4).t(),
            ["layer.0.weight"] = tensor(new float[] { 7 }),
        };
        var path = folder.File("all.safetensors");
        save(tensors, path);
        var loaded = load(path);

        Assert.Equal(tensors.Keys.Order(), loaded.Keys.Order());
        foreach (var (name, expected) in tensors)
        {
            var actual = loaded[name];
            Assert.Equal(expected.dtype, actual.dtype);
            Assert.Equal(expected.shape, actual.shape);
            Assert.Equal(Bytes(expected), Bytes(actual));
        }
    }

    [Fact]
    public void ZeroDimensionalTensorKeepsItsEmptyShape()
    {
        var path = folder.File("scalar.safetensors");
        save(new Dictionary<string, Tensor> { ["step"] = tensor(41L) }, path);
        var step = load(path)["step"];
        Assert.Empty(step.shape);
        Assert.Equal(41L, step.item<long>());
    }

    [Fact]
    public void FileLayoutFollowsTheSpecification()
    {
        var path = folder.File("layout.safetensors");
        save(new Dictionary<string, Tensor> { ["b"] = tensor(new float[] { 1, 2 }), ["a"] = tensor(new long[] { 3 }) }, path);
        var bytes = File.ReadAllBytes(path);
        long n = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0, n % 8);
        var header = Encoding.UTF8.GetString(bytes, 8, (int)n);
        Assert.Equal(
            """{"__metadata__":{"format":"pt"},"a":{"dtype":"I64","shape":[1],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}""",
            header.TrimEnd(' '));
        Assert.Equal(8 + n + 16, bytes.Length);
        Assert.Equal(3L, BitConverter.ToInt64(bytes, (int)(8 + n)));
    }

    [Fact]
    public void TooShortFileIsReportedAsCorrupt() =>
        AssertCorrupt(new byte[] { 1, 2, 3 }, "too short");

    [Fact]
    public void HeaderSizeBeyondTheFileIsReportedAsCorrupt()
    {
        var good = File.ReadAllBytes(SaveSample());
        AssertCorrupt(good[..20], "header size");
    }

    [Fact]
    public void TruncatedDataIsReportedAsCorrupt()
    {
        var good = File.ReadAllBytes(SaveSample());
        AssertCorrupt(good[..^4], "truncated");
    }

    [Fact]
    public void GarbageHeaderIsReportedAsCorrupt() =>
        AssertCorrupt(Build("this is no JSON at all!!", []), "not valid JSON");

    [Fact]
    public void NonObjectHeaderIsReportedAsCorrupt() =>
        AssertCorrupt(Build("[1, 2, 3]", []), "not a JSON object");

    [Fact]
    public void UnknownDtypeIsReportedWithTheTensorName() =>
        AssertCorrupt(Build("""{"w":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}""", new byte[4]), "'w' has dtype 'F16'");

    [Fact]
    public void ByteCountThatDoesNotMatchTheShapeIsReported() =>
        AssertCorrupt(Build("""{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}""", new byte[8]), "needs 12 bytes");

    [Fact]
    public void OverlappingTensorsAreReported() =>
        AssertCorrupt(Build(
            """{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}""",
            new byte[12]), "overlap");

    [Fact]
    public void OffsetsPastTheDataAreReported() =>
        AssertCorrupt(Build("""{"a":{"dtype":"I64","shape":[2],"data_offsets":[0,16]}}""", new byte[8]), "truncated");

    [Fact]
    public void MissingEntryFieldsAreReported() =>
        AssertCorrupt(Build("""{"a":{"dtype":"I64","data_offsets":[0,8]}}""", new byte[8]), "header entry for tensor 'a'");

    [Fact]
    public void MissingFileNamesThePath()
    {
        var path = folder.File("nowhere.safetensors");
        var e = Assert.Throws<FileNotFoundException>(() => load(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void ReservedMetadataNameIsRefusedBeforeWriting()
    {
        var path = folder.File("meta.safetensors");
        var e = Assert.Throws<ArgumentException>(() => save(new Dictionary<string, Tensor> { ["__metadata__"] = ones(1) }, path));
        Assert.Contains("reserved", e.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private string SaveSample()
    {
        var path = folder.File("sample.safetensors");
        save(new Dictionary<string, Tensor> { ["x"] = arange(6, dtype: float32), ["y"] = tensor(new long[] { 1, 2 }) }, path);
        return path;
    }

    /// <summary>A file with the given header text (padded as the format asks) and data bytes.</summary>
    private static byte[] Build(string header, byte[] data)
    {
        var text = Encoding.UTF8.GetBytes(header);
        var padded = text.Concat(Enumerable.Repeat((byte)' ', (8 - text.Length % 8) % 8)).ToArray();
        var size = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(size, (ulong)padded.Length);
        return [.. size, .. padded, .. data];
    }

    private void AssertCorrupt(byte[] content, string problem)
    {
        var path = folder.File("bad.safetensors");
        File.WriteAllBytes(path, content);
        var e = Assert.Throws<InvalidDataException>(() => load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(problem, e.Message);
        Assert.Contains("corrupt or not a safetensors file", e.Message);
    }

    private static byte[] Bytes(Tensor t) => t.dtype switch
    {
        ScalarType.Float32 => t.data<float>().SelectMany(BitConverter.GetBytes).ToArray(),
        ScalarType.Float64 => t.data<double>().SelectMany(BitConverter.GetBytes).ToArray(),
        ScalarType.Int64 => t.data<long>().SelectMany(BitConverter.GetBytes).ToArray(),
        _ => t.data<byte>().ToArray(),
    };
}
