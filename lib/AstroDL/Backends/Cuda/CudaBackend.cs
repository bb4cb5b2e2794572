using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The GPU backend: every op is a kernel (compiled by NVRTC at first use) or a cuBLAS call, queued on the device's
/// stream. Nothing waits for the GPU except reads to the host (item, data, ToString, .cpu()), which synchronise.
/// </summary>
internal sealed partial class CudaBackend : IBackend
{
    /// <summary>Threads per block of the one-thread-per-element kernels.</summary>
    private const int Threads = 256;

    private static readonly Lock Gate = new();
    private static CudaBackend?[]? backends;

    private CudaBackend(CudaDevice gpu)
    {
        Gpu = gpu;
        Device = new torch.Device(DeviceType.CUDA, gpu.Ordinal);
    }

    /// <summary>The backend of device <paramref name="ordinal"/>; a clear error (with the search trace) where CUDA cannot run.</summary>
    public static CudaBackend For(int ordinal)
    {
        var libraries = CudaLibraries.System;
        if (!libraries.IsUsable) throw new CudaUnavailableException($"cuda:{ordinal}", libraries);
        if (ordinal >= libraries.DeviceCount)
            throw new ArgumentException($"cuda:{ordinal}: this machine has {libraries.DeviceCount} CUDA device(s), cuda:0 to cuda:{libraries.DeviceCount - 1}.");
        lock (Gate)
        {
            backends ??= new CudaBackend?[libraries.DeviceCount];
            return backends[ordinal] ??= new CudaBackend(new CudaDevice(libraries, ordinal));
        }
    }

    /// <summary>The backend of a device that has been used, or null (statistics of an unused device are zero).</summary>
    public static CudaBackend? Existing(int ordinal)
    {
        lock (Gate) return backends is { } all && ordinal < all.Length ? all[ordinal] : null;
    }

    internal CudaDevice Gpu { get; }

    public torch.Device Device { get; }

    public Storage Allocate(ScalarType dtype, long length) => new CudaStorage(this, dtype, length);

    /// <summary>Blocks for <paramref name="items"/> one-per-thread work items (grid-stride loops cover any excess).</summary>
    private long GridFor(long items) => Math.Min((items + Threads - 1) / Threads, Gpu.Properties.Multiprocessors * 32L);

    /// <summary>Threads per block for a block that folds <paramref name="length"/> values: a power of two from 32 to 256.</summary>
    private static int ReductionThreads(long length) => (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(length, 1)), 32, 256);

    /// <summary>The GPU storage behind a view, checked to be on this device.</summary>
    private CudaStorage StorageOf(View v) =>
        v.Storage is CudaStorage s && ReferenceEquals(s.Backend, this)
            ? s
            : throw new ArgumentException($"An operand is on {v.Storage.Backend.Device} but the op runs on {Device}; move it with .to(device) first.");

    /// <summary>The address of the storage's first element (kernels that take a <see cref="StridedArgs"/> add the view's offset).</summary>
    private ulong Base(View v) => StorageOf(v).Address();

    /// <summary>The address of the view's first element.</summary>
    private ulong At(View v) => StorageOf(v).Address(v.Offset);

    private static (long Offset, long[] Strides) Operand(View v) => (v.Offset, v.Strides);

    /// <summary>
    /// The float32 or float64 instance of a kernel template; other element types are refused with <paramref name="refusal"/>,
    /// whose {0} is the type's name (the CPU backend's words).
    /// </summary>
    private static string FloatingKernel(string template, ScalarType type, string refusal) =>
        torch.is_floating_point(type)
            ? KernelTypes.KernelName(template, type)
            : throw new NotSupportedException(string.Format(System.Globalization.CultureInfo.InvariantCulture, refusal, type.Name()));

    private void LaunchPerElement(KernelFamily family, string kernel, long items, KernelArguments args) =>
        Gpu.Launch(family, kernel, GridFor(items), Threads, args);

    /// <summary>A contiguous copy of a view in a temporary storage the caller frees.</summary>
    private CudaStorage ContiguousCopy(View v, out View copy)
    {
        var storage = new CudaStorage(this, v.Storage.DType, v.Count);
        copy = new View(storage, 0, v.Shape, Layout.ContiguousStrides(v.Shape));
        Copy(v, copy);
        return storage;
    }
}
