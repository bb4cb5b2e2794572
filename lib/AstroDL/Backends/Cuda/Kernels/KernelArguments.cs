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
}
