using AstroDL.Backends;
using AstroDL.Randomness;

namespace AstroDL;

public static partial class torch
{
    // ---- from data ----
    // As in TorchSharp, the second positional argument of tensor(array, ...) is the dtype; the shape comes as a long[].

    private static Tensor FromArray(Array data, long[]? dimensions, ScalarType? dtype, Device? device, bool requires_grad)
    {
        var shape = dimensions ?? [data.LongLength];
        if (Layout.Count(shape) != data.LongLength)
            throw new ArgumentException($"tensor: {data.LongLength} values do not fill the shape {Layout.Format(shape)}.");
        var t = new Tensor(Backends.Cpu.CpuBackend.Instance.FromHost(data), 0, shape, Layout.ContiguousStrides(shape));
        if (dtype is { } type) t = t.to_type(type);
        if (device is not null) t = t.to(device);
        return requires_grad ? t.requires_grad_() : t;
    }

    public static Tensor tensor(float[] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, null, dtype, device, requires_grad);

    public static Tensor tensor(float[] data, long[] dimensions, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, dtype, device, requires_grad);

    public static Tensor tensor(double[] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, null, dtype, device, requires_grad);

    public static Tensor tensor(double[] data, long[] dimensions, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, dtype, device, requires_grad);

    public static Tensor tensor(long[] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, null, dtype, device, requires_grad);

    public static Tensor tensor(long[] data, long[] dimensions, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, dtype, device, requires_grad);

    public static Tensor tensor(int[] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(Array.ConvertAll(data, v => (long)v), null, dtype, device, requires_grad);

    public static Tensor tensor(int[] data, long[] dimensions, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(Array.ConvertAll(data, v => (long)v), dimensions, dtype, device, requires_grad);

    public static Tensor tensor(bool[] data, long[]? dimensions = null, Device? device = null) =>
        FromArray(Array.ConvertAll(data, v => v ? (byte)1 : (byte)0), dimensions, null, device, false);

    public static Tensor tensor(float[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data.Cast<float>().ToArray(), [data.GetLength(0), data.GetLength(1)], dtype, device, requires_grad);

    public static Tensor tensor(double[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data.Cast<double>().ToArray(), [data.GetLength(0), data.GetLength(1)], dtype, device, requires_grad);

    public static Tensor tensor(long[,] data, Device? device = null) =>
        FromArray(data.Cast<long>().ToArray(), [data.GetLength(0), data.GetLength(1)], null, device, false);

    public static Tensor tensor(float value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(new[] { value }, [], dtype, device, requires_grad);

    public static Tensor tensor(double value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(new[] { value }, [], dtype ?? ScalarType.Float32, device, requires_grad);

    public static Tensor tensor(long value, ScalarType? dtype = null, Device? device = null) =>
        FromArray(new[] { value }, [], dtype, device, false);

    public static Tensor tensor(int value, ScalarType? dtype = null, Device? device = null) => tensor((long)value, dtype, device);

    public static Tensor from_array(Array data, ScalarType? dtype = null, Device? device = null)
    {
        var shape = Enumerable.Range(0, data.Rank).Select(i => (long)data.GetLength(i)).ToArray();
        Array flat = data switch
        {
            float[] or double[] or long[] => data,
            _ when data.GetType().GetElementType() == typeof(float) => data.Cast<float>().ToArray(),
            _ when data.GetType().GetElementType() == typeof(double) => data.Cast<double>().ToArray(),
            _ when data.GetType().GetElementType() == typeof(long) => data.Cast<long>().ToArray(),
            _ when data.GetType().GetElementType() == typeof(int) => data.Cast<int>().Select(v => (long)v).ToArray(),
            _ => throw new ArgumentException($"from_array: unsupported element type {data.GetType().GetElementType()?.Name}."),
        };
        return FromArray(flat, shape, dtype, device, false);
    }

    // ---- filled ----

    public static Tensor full(long[] size, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var type = dtype ?? (value.IsFloating ? get_default_dtype() : ScalarType.Int64);
        var t = Tensor.Empty((long[])size.Clone(), type, device ?? CPU);
        t.Backend.Fill(t.View, value.Value);
        return requires_grad ? t.requires_grad_() : t;
    }

    public static Tensor zeros(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        full(size, 0.0, dtype, device, requires_grad);

    public static Tensor zeros(params long[] size) => zeros(size, null);

    public static Tensor ones(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        full(size, 1.0, dtype, device, requires_grad);

    public static Tensor ones(params long[] size) => ones(size, null);

    /// <summary>A tensor whose contents are unspecified (here: zeros, since managed memory is cleared).</summary>
    public static Tensor empty(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros(size, dtype, device, requires_grad);

    public static Tensor empty(params long[] size) => empty(size, null);

    public static Tensor zeros_like(Tensor t, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros(t.dims, dtype ?? t.dtype, device ?? t.device, requires_grad);

    public static Tensor ones_like(Tensor t, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        ones(t.dims, dtype ?? t.dtype, device ?? t.device, requires_grad);

    public static Tensor empty_like(Tensor t, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros_like(t, dtype, device, requires_grad);

    public static Tensor full_like(Tensor t, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        full(t.dims, value, dtype ?? t.dtype, device ?? t.device, requires_grad);

    // ---- ranges ----

    /// <summary>start, start+step, ... below stop; int64 when all arguments are integers.</summary>
    public static Tensor arange(Scalar start, Scalar stop, Scalar step, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        if (step.Value == 0) throw new ArgumentException("arange: step must not be zero.");
        long n = (long)Math.Ceiling((stop.Value - start.Value) / step.Value);
        n = Math.Max(n, 0);
        var type = dtype ?? (start.IsFloating || stop.IsFloating || step.IsFloating ? get_default_dtype() : ScalarType.Int64);
        var values = new double[n];
        for (long i = 0; i < n; i++) values[i] = start.Value + i * step.Value;
        return FromArray(values, [n], type, device, requires_grad);
    }

    public static Tensor arange(Scalar start, Scalar stop, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(start, stop, 1, dtype, device, requires_grad);

    public static Tensor arange(Scalar stop, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(0, stop, 1, dtype, device, requires_grad);

    /// <summary>steps evenly spaced values from start to end, both included.</summary>
    public static Tensor linspace(double start, double end, long steps, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var values = new double[steps];
        double delta = steps > 1 ? (end - start) / (steps - 1) : 0;
        // From both ends towards the middle, as PyTorch does, so both endpoints are exact (one step is just the start).
        for (long i = 0; i < steps; i++) values[i] = i < steps / 2 || steps == 1 ? start + i * delta : end - (steps - 1 - i) * delta;
        return FromArray(values, [steps], dtype ?? get_default_dtype(), device, requires_grad);
    }

    public static Tensor logspace(double start, double end, long steps, double @base = 10, ScalarType? dtype = null, Device? device = null) =>
        linspace(start, end, steps, ScalarType.Float64, device).mul(Math.Log(@base)).exp().to_type(dtype ?? get_default_dtype());

    public static Tensor eye(long n, long m = -1, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        if (m < 0) m = n;
        var values = new double[n * m];
        for (long i = 0; i < Math.Min(n, m); i++) values[i * m + i] = 1;
        return FromArray(values, [n, m], dtype ?? get_default_dtype(), device, requires_grad);
    }

    // ---- random (Philox: the same seed gives the same numbers on any thread count) ----

    public static Tensor rand(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false, Generator? generator = null) =>
        Uniform(size, 0, 1, dtype, device, requires_grad, generator);

    public static Tensor rand(params long[] size) => rand(size, null);

    public static Tensor randn(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false, Generator? generator = null) =>
        normal(0, 1, size, dtype, device, requires_grad, generator);

    public static Tensor randn(params long[] size) => randn(size, null);

    public static Tensor rand_like(Tensor t, ScalarType? dtype = null) => rand(t.dims, dtype ?? t.dtype, t.device);

    public static Tensor randn_like(Tensor t, ScalarType? dtype = null) => randn(t.dims, dtype ?? t.dtype, t.device);

    internal static Tensor Uniform(long[] size, double low, double high, ScalarType? dtype, Device? device, bool requires_grad, Generator? generator)
    {
        var g = generator ?? default_generator;
        var t = Tensor.Empty((long[])size.Clone(), dtype ?? get_default_dtype(), device ?? CPU);
        var start = g.Advance(Philox.CountersForUniform(t.numel()));
        t.Backend.RandomUniform(t.View, g.Seed, start, low, high);
        return requires_grad ? t.requires_grad_() : t;
    }

    public static Tensor normal(double mean, double std, long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false, Generator? generator = null)
    {
        var g = generator ?? default_generator;
        var t = Tensor.Empty((long[])size.Clone(), dtype ?? get_default_dtype(), device ?? CPU);
        var start = g.Advance(Philox.CountersForNormal(t.numel()));
        t.Backend.RandomNormal(t.View, g.Seed, start, mean, std);
        return requires_grad ? t.requires_grad_() : t;
    }

    /// <summary>Random integers in [low, high) (int64 by default).</summary>
    public static Tensor randint(long low, long high, long[] size, ScalarType? dtype = null, Device? device = null, Generator? generator = null)
    {
        if (high <= low) throw new ArgumentException($"randint: high ({high}) must be greater than low ({low}).");
        var u = Uniform(size, low, high, ScalarType.Float64, device, false, generator);
        return u.floor().clamp(low, high - 1).to_type(dtype ?? ScalarType.Int64);
    }

    public static Tensor randint(long high, long[] size, ScalarType? dtype = null, Device? device = null, Generator? generator = null) =>
        randint(0, high, size, dtype, device, generator);

    /// <summary>A random permutation of 0..n-1.</summary>
    public static Tensor randperm(long n, Generator? generator = null, Device? device = null) =>
        tensor((generator ?? default_generator).Permutation(n), device: device);

    /// <summary>1 with probability given by each element of p, else 0.</summary>
    public static Tensor bernoulli(Tensor p, Generator? generator = null) =>
        rand(p.dims, p.dtype, p.device, generator: generator).lt(p).to_type(p.dtype);

    // ---- threads ----

    private static int numThreads = Environment.ProcessorCount;

    /// <summary>How many threads the CPU backend may use for large kernels (results do not depend on it).</summary>
    public static void set_num_threads(int threads)
    {
        if (threads < 1) throw new ArgumentException($"set_num_threads: need at least one thread, got {threads}.");
        numThreads = threads;
    }

    public static int get_num_threads() => numThreads;
}
