namespace AstroDL.Serialization;

/// <summary>
/// TorchSharp's single-tensor format (Tensor.save / TensorExtensionMethods.Save): the element type as TorchSharp numbers
/// it, the rank and each size as LEB128 integers, then the elements' little-endian bytes in row-major order.
/// </summary>
internal static class TensorBinaryFormat
{
    // TorchSharp's ScalarType numbers (libtorch's order) for the element types the kit stores.
    private static long Code(ScalarType t) => t switch
    {
        ScalarType.Int64 => 4,
        ScalarType.Float32 => 6,
        ScalarType.Float64 => 7,
        ScalarType.Bool => 11,
        _ => throw new NotSupportedException($"Tensor.save: {t.Name()} tensors cannot be written; convert to float32 first."),
    };

    private static ScalarType FromCode(long code, long at) => code switch
    {
        4 => ScalarType.Int64,
        6 => ScalarType.Float32,
        7 => ScalarType.Float64,
        11 => ScalarType.Bool,
        _ => throw new NotSupportedException(
            $"Tensor.load: element type code {code} at byte {at} is not one the kit stores (int64 = 4, float32 = 6, float64 = 7, bool = 11)."),
    };

    public static void Write(torch.Tensor tensor, BinaryWriter writer)
    {
        WriteLeb128(writer, Code(tensor.dtype));
        WriteLeb128(writer, tensor.dim());
        foreach (var size in tensor.shape) WriteLeb128(writer, size);
        var values = tensor.ReadAll();
        var bytes = new byte[Buffer.ByteLength(values)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Tensor.save writes little-endian bytes only.");
        writer.Write(bytes);
    }

    public static torch.Tensor Read(BinaryReader reader)
    {
        long start = reader.BaseStream.CanSeek ? reader.BaseStream.Position : 0;
        var type = FromCode(ReadLeb128(reader), start);
        long rank = ReadLeb128(reader);
        var shape = new long[rank];
        for (int i = 0; i < rank; i++) shape[i] = ReadLeb128(reader);
        long count = shape.Aggregate(1L, (n, s) => n * s);
        var array = Backends.Cpu.CpuStorage.NewArray(type, count);
        int length = Buffer.ByteLength(array);
        var bytes = reader.ReadBytes(length);
        if (bytes.Length != length)
            throw new EndOfStreamException($"Tensor.load: a {Backends.Layout.Format(shape)} {type.Name()} tensor needs {length} bytes of data, the stream has {bytes.Length}.");
        Buffer.BlockCopy(bytes, 0, array, 0, length);
        return new torch.Tensor(Backends.Cpu.CpuBackend.Instance.FromHost(array), 0, shape, Backends.Layout.ContiguousStrides(shape));
    }

    private static void WriteLeb128(BinaryWriter writer, long value)
    {
        ulong v = (ulong)value;
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            writer.Write(v != 0 ? (byte)(b | 0x80) : b);
        } while (v != 0);
    }

    private static long ReadLeb128(BinaryReader reader)
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = reader.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (long)result;
        }
        throw new InvalidDataException("Tensor.load: an integer in the header is longer than 64 bits; the stream is not a TorchSharp tensor.");
    }
}
