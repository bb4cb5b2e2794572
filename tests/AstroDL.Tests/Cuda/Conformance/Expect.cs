using System.Globalization;
using static AstroDL.torch;

namespace AstroDL.Tests.Cuda.Conformance;

/// <summary>Comparisons of a CUDA result with the CPU's (plain code, so the console runner can use them without xunit).</summary>
internal static class Expect
{
    /// <summary>Same shape and dtype, the GPU result on a CUDA device, and every element within atol + rtol·|cpu| (NaN matches NaN).</summary>
    public static void Close(string what, Tensor cpu, Tensor gpu, double rtol = 1e-5, double atol = 1e-6)
    {
        var (expected, actual) = Values(what, cpu, gpu);
        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i], a = actual[i];
            if (double.IsNaN(e) && double.IsNaN(a)) continue;
            if (e == a) continue;
            if (!(Math.Abs(e - a) <= atol + rtol * Math.Abs(e)))
                throw new ConformanceFailure($"{what}: element {i} is {Text(a)} on CUDA but {Text(e)} on the CPU " +
                                             $"(tolerance {Text(atol)} + {Text(rtol)}·|cpu|).");
        }
    }

    /// <summary>Bit for bit the same values.</summary>
    public static void Identical(string what, Tensor cpu, Tensor gpu)
    {
        var (expected, actual) = Values(what, cpu, gpu);
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
                throw new ConformanceFailure($"{what}: element {i} is {Text(actual[i])} on CUDA but {Text(expected[i])} on the CPU (expected identical bits).");
        }
    }

    public static void True(bool condition, string message)
    {
        if (!condition) throw new ConformanceFailure(message);
    }

    public static TException Throws<TException>(string what, Action action)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException e)
        {
            return e;
        }
        throw new ConformanceFailure($"{what}: expected {typeof(TException).Name}, but nothing was thrown.");
    }

    private static (double[] Cpu, double[] Gpu) Values(string what, Tensor cpu, Tensor gpu)
    {
        True(gpu.device.type == DeviceType.CUDA, $"{what}: the result is on {gpu.device}, not on the GPU.");
        True(cpu.device.type == DeviceType.CPU, $"{what}: the reference is on {cpu.device}, not on the CPU.");
        True(cpu.shape.SequenceEqual(gpu.shape), $"{what}: shape [{string.Join(", ", gpu.shape)}] on CUDA, [{string.Join(", ", cpu.shape)}] on the CPU.");
        True(cpu.dtype == gpu.dtype, $"{what}: dtype {gpu.dtype} on CUDA, {cpu.dtype} on the CPU.");
        // float32 and int64 values up to 2^53 are exact in double, so this comparison loses nothing.
        return (cpu.to_type(ScalarType.Float64).data<double>().ToArray(), gpu.cpu().to_type(ScalarType.Float64).data<double>().ToArray());
    }

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
