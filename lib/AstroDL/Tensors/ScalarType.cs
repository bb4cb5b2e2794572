namespace AstroDL;

/// <summary>Element types a tensor can hold (a subset of PyTorch's, named as TorchSharp names them).</summary>
public enum ScalarType
{
    Bool,
    Int64,
    Float32,
    Float64,
}

public static partial class torch
{
    public const ScalarType @bool = ScalarType.Bool;
    public const ScalarType int64 = ScalarType.Int64;
    public const ScalarType @long = ScalarType.Int64;
    public const ScalarType float32 = ScalarType.Float32;
    public const ScalarType @float = ScalarType.Float32;
    public const ScalarType float64 = ScalarType.Float64;
    public const ScalarType @double = ScalarType.Float64;

    /// <summary>The default floating point type for new tensors (float32, as in PyTorch).</summary>
    public static ScalarType get_default_dtype() => ScalarType.Float32;

    public static bool is_floating_point(ScalarType t) => t is ScalarType.Float32 or ScalarType.Float64;

    internal static string Name(this ScalarType t) => t switch
    {
        ScalarType.Bool => "bool",
        ScalarType.Int64 => "int64",
        ScalarType.Float32 => "float32",
        ScalarType.Float64 => "float64",
        _ => t.ToString(),
    };

    internal static int ElementSize(this ScalarType t) => t switch
    {
        ScalarType.Bool => 1,
        ScalarType.Int64 => 8,
        ScalarType.Float32 => 4,
        ScalarType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    /// <summary>The type two operands are computed in: floating point wins over integers, wider over narrower.</summary>
    internal static ScalarType Promote(ScalarType a, ScalarType b) => (ScalarType)Math.Max((int)a, (int)b);
}
