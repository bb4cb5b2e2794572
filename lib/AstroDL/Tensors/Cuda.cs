using AstroDL.Backends.Cuda;

namespace AstroDL;

public static partial class torch
{
    /// <summary>GPU queries and memory management (PyTorch's torch.cuda). <c>course doctor</c> (CudaProbe) explains a "no".</summary>
    public static class cuda
    {
        /// <summary>
        /// True when CUDA tensors can be used: the NVIDIA driver loads and reports a GPU, and NVRTC and cuBLAS load
        /// (the kit compiles its kernels with NVRTC and multiplies matrices with cuBLAS).
        /// </summary>
        public static bool is_available() => CudaLibraries.System.IsUsable;

        public static int device_count() => CudaLibraries.System.DeviceCount;

        /// <summary>Bytes of GPU memory held by tensors (0 for a device that has not been used).</summary>
        public static long memory_allocated(Device? device = null) => Used(device)?.Gpu.Allocator.Allocated ?? 0;

        public static long memory_allocated(int device) => memory_allocated(new Device(DeviceType.CUDA, device));

        /// <summary>The most bytes tensors held at one time on the device.</summary>
        public static long max_memory_allocated(Device? device = null) => Used(device)?.Gpu.Allocator.PeakAllocated ?? 0;

        /// <summary>Bytes taken from the device: held by tensors plus cached by the allocator for reuse.</summary>
        public static long memory_reserved(Device? device = null) => Used(device)?.Gpu.Allocator.Reserved ?? 0;

        public static long memory_reserved(int device) => memory_reserved(new Device(DeviceType.CUDA, device));

        /// <summary>Returns the allocator's cached (unused) blocks of every device to the driver, for other programs to use.</summary>
        public static void empty_cache()
        {
            for (int i = 0; i < device_count(); i++) CudaBackend.Existing(i)?.Gpu.Allocator.EmptyCache();
        }

        /// <summary>Waits for all work queued on the device; reports any failure it had.</summary>
        public static void synchronize(Device? device = null) => CudaBackend.For(Ordinal(device)).Gpu.Synchronize();

        public static string get_device_name(int device = 0) => CudaBackend.For(device).Gpu.Properties.Name;

        public static (int major, int minor) get_device_capability(int device = 0)
        {
            var capability = CudaBackend.For(device).Gpu.Properties.Capability;
            return (capability / 10, capability % 10);
        }

        /// <summary>Seeds the generator (one generator serves every device, so CPU and GPU draws agree).</summary>
        public static Generator manual_seed(long seed) => torch.manual_seed(seed);

        public static Generator manual_seed_all(long seed) => torch.manual_seed(seed);

        /// <summary>
        /// When on, every kernel launch waits for the kernel and reports a failure by the kernel's name (slow; for
        /// finding which op faults). Also switched on by ASTRODL_CUDA_DEBUG=1 or CUDA_LAUNCH_BLOCKING=1.
        /// </summary>
        public static void set_launch_blocking(bool enabled) => CudaDebug.Enabled = enabled;

        public static bool is_launch_blocking() => CudaDebug.Enabled;

        private static int Ordinal(Device? device)
        {
            if (device is null) return 0;
            if (device.type != DeviceType.CUDA) throw new ArgumentException($"torch.cuda: '{device}' is not a CUDA device.");
            return Math.Max(device.index, 0);
        }

        private static CudaBackend? Used(Device? device) => CudaBackend.Existing(Ordinal(device));
    }

    /// <summary>Backend switches (PyTorch's torch.backends).</summary>
    public static class backends
    {
        public static class cuda
        {
            public static class matmul
            {
                /// <summary>
                /// Lets float32 matrix products run on tensor cores in TF32 (Ampere and newer): several times faster,
                /// with about three decimal digits. Off by default, as in PyTorch.
                /// </summary>
                public static bool allow_tf32
                {
                    get => CudaBackend.AllowTf32;
                    set => CudaBackend.AllowTf32 = value;
                }
            }
        }
    }
}
