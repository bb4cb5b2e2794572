namespace AstroDL;

/// <summary>Element types a tensor can hold (a subset of PyTorch's, named as TorchSharp names them).</summary>
public enum ScalarType
{
    Bool,
    Int64,
    Float32,
    Float64,

    // Names TorchSharp code uses; the kit does not store these yet, and creating such a tensor raises NotSupportedException.
    Byte,
    Int8,
    Int16,
    Int32,
    Float16,
    BFloat16,
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
    public const ScalarType uint8 = ScalarType.Byte;
    public const ScalarType int8 = ScalarType.Int8;
    public const ScalarType int16 = ScalarType.Int16;
    public const ScalarType @short = ScalarType.Int16;
    public const ScalarType int32 = ScalarType.Int32;
    public const ScalarType @int = ScalarType.Int32;
    public const ScalarType float16 = ScalarType.Float16;
    public const ScalarType half = ScalarType.Float16;
    public const ScalarType bfloat16 = ScalarType.BFloat16;

    /// <summary>The default floating point type for new tensors (float32, as in PyTorch).</summary>
    public static ScalarType get_default_dtype() => ScalarType.Float32;

    public static bool is_floating_point(ScalarType t) => t is ScalarType.Float32 or ScalarType.Float64;

    internal static string Name(this ScalarType t) => t switch
    {
        ScalarType.Bool => "bool",
        ScalarType.Int64 => "int64",
        ScalarType.Float32 => "float32",
        ScalarType.Float64 => "float64",
        ScalarType.Byte => "uint8",
        _ => t.ToString().ToLowerInvariant(),
    };

    internal static int ElementSize(this ScalarType t) => t switch
    {
        ScalarType.Bool => 1,
        ScalarType.Int64 => 8,
        ScalarType.Float32 => 4,
        ScalarType.Float64 => 8,
        _ => throw NotStored(t),
    };

    /// <summary>The error for a dtype TorchSharp has but the kit cannot hold.</summary>
    internal static NotSupportedException NotStored(ScalarType t) => new(
        $"torch.{t.Name()} tensors are not supported by the kit: it stores bool, int64, float32 and float64. " +
        "Use torch.int64 for integers and torch.float32 for reals (a model written for TorchSharp runs the same).");

    /// <summary>The type two operands are computed in: floating point wins over integers, wider over narrower.</summary>
    internal static ScalarType Promote(ScalarType a, ScalarType b) => (ScalarType)Math.Max((int)a, (int)b);
}
