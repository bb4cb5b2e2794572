using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// The argument list of one kernel launch in the form cuLaunchKernel takes: an array of pointers, each to one
/// argument's bytes. Values are copied into a pinned buffer, so the pointers stay valid whatever the GC does.
/// One instance per thread is reused launch after launch.
/// </summary>
internal sealed unsafe class KernelArguments
{
    private const int Capacity = 4096;
    private const int MaxArguments = 32;

    [ThreadStatic]
    private static KernelArguments? perThread;

    private readonly byte[] values = GC.AllocateArray<byte>(Capacity, pinned: true);
    private readonly IntPtr[] pointers = GC.AllocateArray<IntPtr>(MaxArguments, pinned: true);
    private int used;

    /// <summary>This thread's empty argument list.</summary>
    public static KernelArguments Start()
    {
        var args = perThread ??= new KernelArguments();
        args.used = 0;
        args.Count = 0;
        return args;
    }

    public int Count { get; private set; }

    /// <summary>The cuLaunchKernel kernelParams array (valid until the next <see cref="Start"/> on this thread).</summary>
    public void** Pointers => (void**)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pointers));

    public KernelArguments Add<T>(T value)
        where T : unmanaged
    {
        int start = (used + 7) & ~7;
        if (start + sizeof(T) > Capacity || Count == MaxArguments)
            throw new InvalidOperationException("Too many kernel arguments for one launch.");
        ref byte slot = ref values[start];
        Unsafe.WriteUnaligned(ref slot, value);
        pointers[Count++] = (IntPtr)Unsafe.AsPointer(ref slot);
        used = start + sizeof(T);
        return this;
    }

    /// <summary>A scalar converted to the kernel's element type the way the CPU backend converts it.</summary>
    public KernelArguments AddScalar(ScalarType type, double value) => type switch
    {
        ScalarType.Float32 => Add((float)value),
        ScalarType.Float64 => Add(value),
        ScalarType.Int64 => Add((long)value),
        _ => Add(value != 0 ? (byte)1 : (byte)0),
    };
}
