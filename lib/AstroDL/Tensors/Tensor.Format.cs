using System.Globalization;
using System.Text;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>A summary line (shape, dtype, device) followed by the values laid out as PyTorch prints them.</summary>
        public override string ToString() => ToString(withValues: true);

        /// <summary>The summary line alone (TorchSharp's default), or with the values.</summary>
        public string ToString(bool withValues)
        {
            if (IsInvalid) return "[disposed tensor]";
            var summary = $"[{string.Join("x", dims)}], type = {dtype.Name()}, device = {device}";
            return withValues ? summary + Environment.NewLine + TensorFormatter.Values(this) : summary;
        }

        public string str() => ToString(withValues: true);

        /// <summary>Writes the tensor to the console and returns it (TorchSharp's print()).</summary>
        public Tensor print()
        {
            Console.WriteLine(ToString());
            return this;
        }
    }
}

/// <summary>PyTorch's print layout: aligned columns, 4 decimals (or scientific when the range demands it), "..." beyond 1000 elements.</summary>
internal static class TensorFormatter
{
    private const int EdgeItems = 3;
    private const long SummarizeAbove = 1000;

    public static string Values(torch.Tensor t)
    {
        var values = t.ReadAll();
        var numbers = new double[values.Length];
        for (int i = 0; i < values.Length; i++) numbers[i] = Convert.ToDouble(values.GetValue(i), CultureInfo.InvariantCulture);
        bool summarize = t.numel() > SummarizeAbove;
        var format = ChooseFormat(t.dtype, numbers);
        int width = numbers.Length == 0 ? 1 : numbers.Max(v => format(v).Length);
        var shape = t.shape;
        var strides = Backends.Layout.ContiguousStrides(shape);
        var sb = new StringBuilder("tensor(");
        Write(sb, numbers, shape, strides, 0, 0, format, width, summarize, indent: 8);
        if (t.dtype is ScalarType.Float64 or ScalarType.Bool) sb.Append(", dtype=torch.").Append(t.dtype.Name());
        if (t.requires_grad) sb.Append(", requires_grad=True");
        sb.Append(')');
        return sb.ToString();
    }

    private static Func<double, string> ChooseFormat(ScalarType dtype, double[] numbers)
    {
        if (dtype == ScalarType.Bool) return v => v != 0 ? "True" : "False";
        if (dtype == ScalarType.Int64) return v => ((long)v).ToString(CultureInfo.InvariantCulture);
        var finite = numbers.Where(double.IsFinite).Select(Math.Abs).Where(v => v > 0).ToArray();
        bool allIntegers = numbers.Where(double.IsFinite).All(v => v == Math.Floor(v));
        bool scientific = finite.Length > 0 && (finite.Max() / finite.Min() > 1000 || finite.Max() > 1e8 || finite.Min() < 1e-4);
        if (allIntegers && !scientific) return v => Special(v) ?? v.ToString("0", CultureInfo.InvariantCulture) + ".";
        if (scientific) return v => Special(v) ?? v.ToString("0.0000e+00", CultureInfo.InvariantCulture);
        return v => Special(v) ?? v.ToString("0.0000", CultureInfo.InvariantCulture);
    }

    private static string? Special(double v) =>
        double.IsNaN(v) ? "nan" : double.IsPositiveInfinity(v) ? "inf" : double.IsNegativeInfinity(v) ? "-inf" : null;

    private static void Write(StringBuilder sb, double[] values, long[] shape, long[] strides, int dim, long offset,
        Func<double, string> format, int width, bool summarize, int indent)
    {
        if (shape.Length == 0)
        {
            sb.Append(format(values[0]));
            return;
        }
        sb.Append('[');
        long n = shape[dim];
        bool last = dim == shape.Length - 1;
        for (long i = 0; i < n; i++)
        {
            if (summarize && n > 2 * EdgeItems && i == EdgeItems)
            {
                sb.Append(last ? "..., " : "...," + Environment.NewLine + new string(' ', indent + dim + 1));
                i = n - EdgeItems - 1;
                continue;
            }
            if (last)
            {
                sb.Append(format(values[offset + i * strides[dim]]).PadLeft(width));
            }
            else
            {
                Write(sb, values, shape, strides, dim + 1, offset + i * strides[dim], format, width, summarize, indent);
            }
            if (i < n - 1)
            {
                sb.Append(',');
                if (last) sb.Append(' ');
                else sb.Append(new string('\n', shape.Length - dim - 1)).Append(new string(' ', indent + dim + 1));
            }
        }
        sb.Append(']');
    }
}
