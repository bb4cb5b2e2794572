namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>How each element type is spelled in kernel source and in kernel names.</summary>
internal static class KernelTypes
{
    public static readonly ScalarType[] All = [ScalarType.Float32, ScalarType.Float64, ScalarType.Int64, ScalarType.Bool];
    public static readonly ScalarType[] Numeric = [ScalarType.Float32, ScalarType.Float64, ScalarType.Int64];
    public static readonly ScalarType[] Floating = [ScalarType.Float32, ScalarType.Float64];

    public static string CName(ScalarType type) => type switch
    {
        ScalarType.Float32 => "float",
        ScalarType.Float64 => "double",
        ScalarType.Int64 => "long long",
        ScalarType.Bool => "unsigned char",
        _ => throw new NotSupportedException($"{type.Name()} tensors on CUDA."),
    };

    /// <summary>The suffix of a kernel instantiated for this type: unary_f32, copy_i64_f32, ...</summary>
    public static string Suffix(ScalarType type) => type switch
    {
        ScalarType.Float32 => "f32",
        ScalarType.Float64 => "f64",
        ScalarType.Int64 => "i64",
        ScalarType.Bool => "b8",
        _ => throw new NotSupportedException($"{type.Name()} tensors on CUDA."),
    };

    /// <summary>The kernel name for a template instantiated with these types, e.g. ("copy", f32, i64) is copy_f32_i64.</summary>
    public static string KernelName(string template, params ScalarType[] types) =>
        template + string.Concat(types.Select(t => "_" + Suffix(t)));
}
