using System.Runtime.InteropServices;
using System.Text;
using AstroDL.Backends.Cuda.Native;

namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Compiles a kernel family's CUDA C with NVRTC into CUBIN (or PTX, see <see cref="CompileTarget"/>).</summary>
internal sealed unsafe class NvrtcCompiler(NvrtcApi api)
{
    /// <summary>
    /// The compiler options. Fused multiply-add is off so that double arithmetic rounds as .NET's does: the random
    /// kernels then give the CPU's exact bits, and pointwise results differ from the CPU only where math functions do.
    /// </summary>
    public static string[] Options(CompileTarget target) => [$"--gpu-architecture={target.Architecture}", "--fmad=false"];

    public (int Major, int Minor) Version => api.Version;

    /// <summary>Compiles the family; the bytes are what cuModuleLoadData takes (PTX with its terminating zero).</summary>
    public byte[] Compile(KernelFamily family, CompileTarget target)
    {
        IntPtr program;
        fixed (byte* source = Utf8(family.Source), name = Utf8(family.Name + ".cu"))
            api.Check(api.nvrtcCreateProgram(&program, source, name, 0, null, null), "nvrtcCreateProgram");
        var options = Options(target).Select(o => Marshal.StringToCoTaskMemUTF8(o)).ToArray();
        try
        {
            int result;
            fixed (IntPtr* optionPointers = options) result = api.nvrtcCompileProgram(program, options.Length, (byte**)optionPointers);
            if (result != 0)
                throw new CudaException(
                    $"NVRTC {Version.Major}.{Version.Minor} could not compile the '{family.Name}' kernels for {target.Architecture} " +
                    $"({new string((sbyte*)api.nvrtcGetErrorString(result))}):\n{Log(program)}");
            return target.Cubin ? Read(program, api.nvrtcGetCUBINSize, api.nvrtcGetCUBIN, "nvrtcGetCUBIN")
                : Read(program, api.nvrtcGetPTXSize, api.nvrtcGetPTX, "nvrtcGetPTX");
        }
        finally
        {
            foreach (var option in options) Marshal.FreeCoTaskMem(option);
            api.nvrtcDestroyProgram(&program);
        }
    }

    private string Log(IntPtr program) =>
        Encoding.UTF8.GetString(Read(program, api.nvrtcGetProgramLogSize, api.nvrtcGetProgramLog, "nvrtcGetProgramLog")).TrimEnd('\0');

    private byte[] Read(IntPtr program, delegate* unmanaged<IntPtr, nuint*, int> size, delegate* unmanaged<IntPtr, byte*, int> read, string call)
    {
        nuint length;
        api.Check(size(program, &length), call + "Size");
        var bytes = new byte[length];
        fixed (byte* p = bytes) api.Check(read(program, p), call);
        return bytes;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + "\0");
}
