using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using AstroDL.Backends;
using AstroDL.Backends.Cpu;
using static AstroDL.torch;

namespace AstroDL.Serialization;

/// <summary>
/// The safetensors format: an 8-byte little-endian header length N, N bytes of JSON naming each tensor's dtype,
/// shape and byte range (padded with spaces to a multiple of 8), then the raw little-endian tensor bytes.
/// Element bytes are copied as they lie in memory: every platform the kit runs on is little-endian.
/// </summary>
internal static class SafeTensors
{
    private const string MetadataKey = "__metadata__";

    // The reference implementation refuses larger headers; so do we, before allocating one.
    private const long MaxHeaderBytes = 100_000_000;

    // Elements per copy, so byte spans stay below 2 GiB even for the largest arrays.
    private const int ChunkElements = 1 << 24;

    public static void Write(IDictionary<string, Tensor> tensors, Stream stream)
    {
        // The reference writer's order (I64, F64, F32, BOOL, then by name): wider elements first keeps each tensor's
        // bytes aligned to its element size, and the same tensors give the same bytes as Python's safetensors.
        var entries = tensors.OrderBy(e => WriteRank(e.Value.dtype)).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        var header = new ArrayBufferWriter<byte>();
        // Names as plain UTF-8, as the reference writes them (the default encoder would escape '+', '<', non-ASCII...).
        using (var json = new Utf8JsonWriter(header, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject(MetadataKey);
            json.WriteString("format", "pt");
            json.WriteEndObject();
            long offset = 0;
            foreach (var (name, t) in entries)
            {
                long bytes = t.numel() * t.dtype.ElementSize();
                json.WriteStartObject(name);
                json.WriteString("dtype", DTypeName(t.dtype));
                json.WriteStartArray("shape");
                foreach (var d in t.shape) json.WriteNumberValue(d);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }
            json.WriteEndObject();
        }
        int padding = (8 - header.WrittenCount % 8) % 8;
        var size = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(size, (ulong)(header.WrittenCount + padding));
        stream.Write(size);
        stream.Write(header.WrittenSpan);
        for (int i = 0; i < padding; i++) stream.WriteByte((byte)' ');
        foreach (var (_, t) in entries)
        {
            switch (t.ReadAll())
            {
                case float[] v: WriteElements(stream, v); break;
                case double[] v: WriteElements(stream, v); break;
                case long[] v: WriteElements(stream, v); break;
                case byte[] v: WriteElements(stream, v); break;
            }
        }
    }

    /// <summary>Reads every tensor of a safetensors file onto the CPU; any inconsistency is an error naming the file.</summary>
    public static Dictionary<string, Tensor> Read(string path)
    {
        using var stream = File.OpenRead(path);
        long fileBytes = stream.Length;
        if (fileBytes < 8)
            throw Corrupt(path, $"it is {fileBytes} bytes long, too short for the 8-byte header size");
        var size = new byte[8];
        stream.ReadExactly(size);
        ulong headerBytes = BinaryPrimitives.ReadUInt64LittleEndian(size);
        if (headerBytes > (ulong)(fileBytes - 8))
            throw Corrupt(path, $"its header size ({headerBytes} bytes) is larger than the rest of the file ({fileBytes - 8} bytes)");
        if (headerBytes > MaxHeaderBytes)
            throw Corrupt(path, $"its header size ({headerBytes} bytes) is over the {MaxHeaderBytes}-byte limit of the format");
        var header = new byte[headerBytes];
        stream.ReadExactly(header);
        long dataStart = 8 + (long)headerBytes;
        var entries = ParseHeader(path, header);
        CheckLayout(path, entries, fileBytes - dataStart);

        var result = new Dictionary<string, Tensor>();
        foreach (var e in entries)
        {
            stream.Position = dataStart + e.Begin;
            long count = (e.End - e.Begin) / e.DType.ElementSize();
            Array values = e.DType switch
            {
                ScalarType.Float32 => ReadElements<float>(stream, count),
                ScalarType.Float64 => ReadElements<double>(stream, count),
                ScalarType.Int64 => ReadElements<long>(stream, count),
                _ => ReadBools(stream, count),
            };
            result[e.Name] = new Tensor(CpuBackend.Instance.FromHost(values), 0, e.Shape, Layout.ContiguousStrides(e.Shape));
        }
        return result;
    }

    private sealed record Entry(string Name, ScalarType DType, long[] Shape, long Begin, long End);

    private static List<Entry> ParseHeader(string path, byte[] header)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(header);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw Corrupt(path, $"its header is not valid JSON ({e.Message})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw Corrupt(path, "its header is not a JSON object");
            var entries = new List<Entry>();
            var names = new HashSet<string>();
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (!names.Add(property.Name))
                    throw Corrupt(path, $"the header names '{property.Name}' twice");
                if (property.Name == MetadataKey)
                {
                    if (property.Value.ValueKind != JsonValueKind.Object || property.Value.EnumerateObject().Any(m => m.Value.ValueKind != JsonValueKind.String))
                        throw Corrupt(path, $"its '{MetadataKey}' entry is not an object of strings");
                    continue;
                }
                entries.Add(ParseEntry(path, property));
            }
            return entries;
        }
    }

    private static Entry ParseEntry(string path, JsonProperty property)
    {
        var name = property.Name;
        var info = property.Value;
        if (info.ValueKind != JsonValueKind.Object
            || !info.TryGetProperty("dtype", out var dtype) || dtype.ValueKind != JsonValueKind.String
            || !TryGetLongs(info, "shape", out var shape) || shape.Any(d => d < 0)
            || !TryGetLongs(info, "data_offsets", out var offsets) || offsets.Length != 2 || offsets[0] < 0 || offsets[1] < offsets[0])
            throw Corrupt(path, $"the header entry for tensor '{name}' is not {{\"dtype\": ..., \"shape\": [...], \"data_offsets\": [begin, end]}} " +
                                "with non-negative sizes and begin <= end");
        var type = ParseDType(dtype.GetString()!)
            ?? throw Corrupt(path, $"tensor '{name}' has dtype '{dtype.GetString()}', which the kit does not read (it reads F32, F64, I64 and BOOL; " +
                                   "in Python convert the tensor with .float() before saving)");
        long expected;
        try
        {
            expected = checked(shape.Aggregate(1L, (n, d) => n * d) * type.ElementSize());
        }
        catch (OverflowException)
        {
            throw Corrupt(path, $"tensor '{name}' has an impossible shape [{string.Join(", ", shape)}]");
        }
        if (offsets[1] - offsets[0] != expected)
            throw Corrupt(path, $"tensor '{name}' ({DTypeName(type)} [{string.Join(", ", shape)}]) needs {expected} bytes but its data_offsets " +
                                $"[{offsets[0]}, {offsets[1]}] hold {offsets[1] - offsets[0]}");
        return new Entry(name, type, shape, offsets[0], offsets[1]);
    }

    /// <summary>The byte ranges must tile the data section exactly, as the reference reader demands.</summary>
    private static void CheckLayout(string path, List<Entry> entries, long dataBytes)
    {
        long covered = 0;
        string previous = "the start of the data";
        foreach (var e in entries.OrderBy(e => e.Begin).ThenBy(e => e.End))
        {
            if (e.Begin < covered)
                throw Corrupt(path, $"the bytes of tensor '{e.Name}' (from {e.Begin}) overlap {previous} (up to {covered})");
            if (e.Begin > covered)
                throw Corrupt(path, $"there is a gap of {e.Begin - covered} bytes before tensor '{e.Name}'");
            covered = e.End;
            previous = $"tensor '{e.Name}'";
        }
        if (covered > dataBytes)
            throw Corrupt(path, $"the tensors need {covered} bytes of data but the file has {dataBytes} (it is truncated)");
        if (covered < dataBytes)
            throw Corrupt(path, $"{dataBytes - covered} bytes after the last tensor belong to none");
    }

    private static bool TryGetLongs(JsonElement info, string key, out long[] values)
    {
        values = [];
        if (!info.TryGetProperty(key, out var array) || array.ValueKind != JsonValueKind.Array) return false;
        var list = new List<long>();
        foreach (var v in array.EnumerateArray())
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var n)) return false;
            list.Add(n);
        }
        values = list.ToArray();
        return true;
    }

    private static string DTypeName(ScalarType t) => t switch
    {
        ScalarType.Float32 => "F32",
        ScalarType.Float64 => "F64",
        ScalarType.Int64 => "I64",
        ScalarType.Bool => "BOOL",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    private static int WriteRank(ScalarType t) => t switch
    {
        ScalarType.Int64 => 0,
        ScalarType.Float64 => 1,
        ScalarType.Float32 => 2,
        _ => 3,
    };

    private static ScalarType? ParseDType(string name) => name switch
    {
        "F32" => ScalarType.Float32,
        "F64" => ScalarType.Float64,
        "I64" => ScalarType.Int64,
        "BOOL" => ScalarType.Bool,
        _ => null,
    };

    private static void WriteElements<T>(Stream stream, T[] values)
        where T : unmanaged
    {
        for (int i = 0; i < values.Length; i += ChunkElements)
            stream.Write(MemoryMarshal.AsBytes(values.AsSpan(i, Math.Min(ChunkElements, values.Length - i))));
    }

    private static T[] ReadElements<T>(Stream stream, long count)
        where T : unmanaged
    {
        var values = new T[count];
        for (int i = 0; i < values.Length; i += ChunkElements)
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan(i, Math.Min(ChunkElements, values.Length - i))));
        return values;
    }

    /// <summary>Bool tensors are bytes; any non-zero byte reads as true (stored as 1, as the kit keeps bools).</summary>
    private static byte[] ReadBools(Stream stream, long count)
    {
        var values = ReadElements<byte>(stream, count);
        for (int i = 0; i < values.Length; i++) values[i] = values[i] == 0 ? (byte)0 : (byte)1;
        return values;
    }

    private static InvalidDataException Corrupt(string path, string problem) =>
        new($"{path}: {problem}. The file is corrupt or not a safetensors file; save it again with torch.save or Module.save.");
}
