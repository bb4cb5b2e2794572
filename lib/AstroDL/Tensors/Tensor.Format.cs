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

/// <summary>
/// PyTorch's print layout: aligned columns, 4 decimals (or scientific when the range demands it), rows
/// wrapped at 80 characters, and only the first and last three entries of each dimension beyond 1000 elements.
/// </summary>
internal static class TensorFormatter
{
    private const int EdgeItems = 3;
    private const long SummarizeAbove = 1000;
    private const int LineWidth = 80;
    private const string Prefix = "tensor(";

    public static string Values(torch.Tensor t)
    {
        var values = t.ReadAll();
        var numbers = new double[values.Length];
        for (int i = 0; i < values.Length; i++) numbers[i] = Convert.ToDouble(values.GetValue(i), CultureInfo.InvariantCulture);
        var layout = new Layout(t.shape, t.numel() > SummarizeAbove);
        // As in PyTorch, the number format and column width come from the values that are shown.
        var shown = layout.ShownOffsets(0, 0).Select(o => numbers[o]).ToArray();
        var format = ChooseFormat(t.dtype, shown);
        int width = shown.Length == 0 ? 1 : shown.Max(v => format(v).Length);
        var sb = new StringBuilder(Prefix);
        if (t.dims.Length == 0) sb.Append(format(numbers[0]));
        else layout.Write(sb, 0, 0, Prefix.Length, v => format(numbers[v]).PadLeft(width), width);
        if (t.dtype == ScalarType.Float64) sb.Append(", dtype=torch.").Append(t.dtype.Name());
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

    /// <summary>Which entries of each dimension are printed (all, or the edges around an ellipsis) and where they are.</summary>
    private sealed class Layout(long[] shape, bool summarize)
    {
        private readonly long[] strides = Backends.Layout.ContiguousStrides(shape);

        /// <summary>The indices printed along a dimension; -1 marks the ellipsis.</summary>
        private IEnumerable<long> Shown(int dim)
        {
            long n = shape[dim];
            if (!summarize || n <= 2 * EdgeItems)
            {
                for (long i = 0; i < n; i++) yield return i;
                yield break;
            }
            for (long i = 0; i < EdgeItems; i++) yield return i;
            yield return -1;
            for (long i = n - EdgeItems; i < n; i++) yield return i;
        }

        public IEnumerable<long> ShownOffsets(int dim, long offset)
        {
            if (dim == shape.Length) return [offset];
            return Shown(dim).Where(i => i >= 0).SelectMany(i => ShownOffsets(dim + 1, offset + i * strides[dim]));
        }

        public void Write(StringBuilder sb, int dim, long offset, int indent, Func<long, string> element, int width)
        {
            sb.Append('[');
            if (dim == shape.Length - 1)
            {
                var items = Shown(dim).Select(i => i < 0 ? " ..." : element(offset + i * strides[dim])).ToArray();
                int perLine = Math.Max(1, (LineWidth - indent) / (width + 2));
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0) sb.Append(i % perLine == 0 ? ",\n" + new string(' ', indent + 1) : ", ");
                    sb.Append(items[i]);
                }
            }
            else
            {
                var separator = "," + new string('\n', shape.Length - dim - 1) + new string(' ', indent + 1);
                bool first = true;
                foreach (var i in Shown(dim))
                {
                    if (!first) sb.Append(separator);
                    first = false;
                    if (i < 0) sb.Append("...");
                    else Write(sb, dim + 1, offset + i * strides[dim], indent + 1, element, width);
                }
            }
            sb.Append(']');
        }
    }
}
