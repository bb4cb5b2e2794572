using System.Collections;
using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>This tensor converted to another element type (the same tensor when it already is).</summary>
        public Tensor to_type(ScalarType type)
        {
            if (type == dtype) return this;
            var y = Empty(dims, type, device);
            Backend.Copy(View, y.View);
            var from = dtype;
            return torch.is_floating_point(type) ? y.WithGrad("to_type", [this], g => [g.to_type(from)]) : y;
        }

        public Tensor to(ScalarType type) => to_type(type);

        public Tensor type(ScalarType type) => to_type(type);

        /// <summary>This tensor on another device (the same tensor when it is already there).</summary>
        public Tensor to(Device target)
        {
            if (target.Equals(device)) return this;
            var backend = BackendFor(target);
            var host = contiguous();
            var array = Backends.Cpu.CpuStorage.NewArray(dtype, numel());
            host.Backend.ToHost(host.View, array);
            var y = new Tensor(backend.FromHost(array), 0, dims, Layout.ContiguousStrides(dims));
            var from = device;
            return y.WithGrad("to", [this], g => [g.to(from)]);
        }

        public Tensor to(Device target, ScalarType type) => to(target).to_type(type);

        public Tensor to(DeviceType target) => to(new Device(target));

        public Tensor cpu() => to(CPU);

        public Tensor cuda() => to(CUDA);

        public Tensor @float() => to_type(ScalarType.Float32);

        public Tensor @double() => to_type(ScalarType.Float64);

        public Tensor @long() => to_type(ScalarType.Int64);

        public Tensor @bool() => to_type(ScalarType.Bool);

        /// <summary>The value of a one-element tensor.</summary>
        public T item<T>()
            where T : unmanaged
        {
            if (numel() != 1)
                throw new InvalidOperationException($"item(): only a one-element tensor has a single value; this one is {ShapeText}.");
            var values = ReadAll();
            object v = values.GetValue(0)!;
            return typeof(T) == typeof(bool) ? (T)(object)(Convert.ToDouble(v) != 0) : (T)Convert.ChangeType(v, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }

        public float ToSingle() => item<float>();

        public double ToDouble() => item<double>();

        public int ToInt32() => item<int>();

        public long ToInt64() => item<long>();

        public bool ToBoolean() => item<bool>();

        public static explicit operator float(Tensor t) => t.ToSingle();

        public static explicit operator double(Tensor t) => t.ToDouble();

        /// <summary>A copy of the elements in row-major order (bool tensors read as bool, or as bytes 0/1).</summary>
        public TensorAccessor<T> data<T>()
            where T : unmanaged
        {
            var values = ReadAll();
            if (typeof(T) == typeof(bool) && values is byte[] bytes) values = Array.ConvertAll(bytes, b => b != 0);
            if (values is not T[] typed)
                throw new InvalidOperationException(
                    $"data<{typeof(T).Name}>(): the tensor holds {dtype.Name()} elements; convert it with .to_type(...) first.");
            return new TensorAccessor<T>(typed, dims);
        }

        /// <summary>The elements of the tensor as a host array of its own element type.</summary>
        internal Array ReadAll()
        {
            var array = Backends.Cpu.CpuStorage.NewArray(dtype, numel());
            Backend.ToHost(View, array);
            return array;
        }
    }
}

/// <summary>The elements of a tensor copied to the host, in row-major order, with multi-dimensional indexing.</summary>
public sealed class TensorAccessor<T> : IEnumerable<T>
    where T : unmanaged
{
    private readonly T[] values;
    private readonly long[] strides;

    internal TensorAccessor(T[] values, long[] shape)
    {
        this.values = values;
        strides = Layout.ContiguousStrides(shape);
    }

    public long Count => values.LongLength;

    public T this[params long[] index]
    {
        get
        {
            long at = 0;
            for (int i = 0; i < index.Length; i++) at += index[i] * strides[i];
            return values[at];
        }
    }

    public T[] ToArray() => (T[])values.Clone();

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => values.GetEnumerator();
}
