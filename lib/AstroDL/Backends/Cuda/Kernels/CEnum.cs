namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>Declares a C# enum in kernel source, so the op codes a kernel switches on are the ones C# passes.</summary>
internal static class CEnum
{
    /// <summary><c>enum UnaryOp { UnaryOp_Neg = 0, UnaryOp_Abs = 1, ... };</c> (prefixed: C enum names share one scope).</summary>
    public static string Declare<TEnum>()
        where TEnum : struct, Enum
    {
        var name = typeof(TEnum).Name;
        var members = Enum.GetValues<TEnum>().Select(v => $"{name}_{v} = {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)}");
        return $"enum {name} {{ {string.Join(", ", members)} }};\n";
    }
}
