using System.Globalization;

namespace AstroDL.Plotting;

/// <summary>
/// Tick marks at "nice" numbers (1, 2 or 5 times a power of ten) that cover a range, after Heckbert's
/// "Nice numbers for graph labels" (Graphics Gems, 1990).
/// </summary>
public sealed class Ticks
{
    private Ticks(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
        Decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        var count = (int)Math.Round((max - min) / step);
        Values = Enumerable.Range(0, count + 1).Select(i => Clean(min + i * step)).ToArray();
    }

    /// <summary>The first tick, at or below the data minimum.</summary>
    public double Min { get; }

    /// <summary>The last tick, at or above the data maximum.</summary>
    public double Max { get; }

    public double Step { get; }

    /// <summary>Digits after the decimal point that every label needs.</summary>
    public int Decimals { get; }

    public IReadOnlyList<double> Values { get; }

    /// <summary>Nice ticks covering [min, max], about <paramref name="target"/> of them.</summary>
    public static Ticks Nice(double min, double max, int target = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) throw new ArgumentException($"Ticks: the range [{min}, {max}] is not finite.");
        if (max < min) (min, max) = (max, min);
        if (max == min)
        {
            // One value: widen around it so it sits mid-axis.
            var half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - half, max + half);
        }
        var step = NiceNumber(NiceNumber(max - min, round: false) / Math.Max(1, target - 1), round: true);
        return new Ticks(Math.Floor(min / step + 1e-9) * step, Math.Ceiling(max / step - 1e-9) * step, step);
    }

    /// <summary>A tick value as its label: the same decimals for all, or powers of ten for very large or small steps.</summary>
    public string Label(double value)
    {
        if (Step >= 1e6 || Step < 1e-4) return value == 0 ? "0" : value.ToString("0.##e+0", CultureInfo.InvariantCulture);
        var text = value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.TrimStart('-').All(c => c is '0' or '.') ? text.TrimStart('-') : text;
    }

    /// <summary>1, 2, 5 or 10 times a power of ten: the nearest (round) or the next at or above (ceiling).</summary>
    internal static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    // Removes the binary noise of min + i * step (0.30000000000000004 becomes 0.3).
    private static double Clean(double value) => Math.Round(value, 12);
}
