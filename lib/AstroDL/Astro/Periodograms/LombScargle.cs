using System.Numerics;
using System.Runtime.CompilerServices;

namespace AstroDL.Astro.Periodograms;

/// <summary>
/// The generalised (floating-mean) Lomb–Scargle periodogram of Zechmeister &amp; Kürster (2009): at each frequency, the
/// fraction of the weighted variance that a sinusoid plus a constant explains, from 0 (nothing) to 1 (a perfect fit).
/// </summary>
public static class LombScargle
{
    /// <summary>Frequencies between exact sines and cosines; in between, a rotation per step carries them on.</summary>
    private const int Block = 64;

    /// <summary>
    /// The power at each frequency of <paramref name="grid"/> (cycles per day) of <paramref name="value"/> observed at
    /// <paramref name="time"/> (days), weighted by 1/<paramref name="error"/>² when errors are given.
    /// </summary>
    public static Periodogram Power(IReadOnlyList<double> time, IReadOnlyList<double> value, IReadOnlyList<double>? error, FrequencyGrid grid)
    {
        var series = new SeriesInput(time, value, error, "LombScargle.Power");
        var power = new double[grid.Count];
        int blocks = (grid.Count + Block - 1) / Block;
        var options = new ParallelOptions { MaxDegreeOfParallelism = torch.get_num_threads() };
        var padded = Padded(series);
        Parallel.For(0, blocks, options, b => PowerBlock(padded, grid, b * Block, Math.Min(grid.Count, (b + 1) * Block), power));
        return new Periodogram(grid, power);
    }

    /// <summary>
    /// A rough false-alarm probability of a peak of <paramref name="power"/> among <paramref name="independentFrequencies"/>
    /// independent trials (about the frequency range times the baseline) for <paramref name="points"/> points of pure white
    /// noise: 1 − (1 − (1 − power)^((N − 3)/2))^M. A hint, not a calibrated significance.
    /// </summary>
    public static double FalseAlarmProbability(double power, int points, double independentFrequencies)
    {
        double single = Math.Pow(1 - Math.Clamp(power, 0, 1), (points - 3) / 2.0);
        return 1 - Math.Pow(1 - single, Math.Max(1, independentFrequencies));
    }

    /// <summary>The series with its length rounded up to whole vectors (padding points have weight 0), and weight·value.</summary>
    private static (double[] Time, double[] Weight, double[] WeightedValue, double Variance) Padded(SeriesInput s)
    {
        int n = (s.Count + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        var time = new double[n];
        var weight = new double[n];
        var wy = new double[n];
        double variance = 0;
        for (int i = 0; i < s.Count; i++)
        {
            time[i] = s.Time[i];
            weight[i] = s.Weight[i];
            wy[i] = s.Weight[i] * s.Value[i];
            variance += wy[i] * s.Value[i];
        }
        return (time, weight, wy, variance);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PowerBlock((double[] Time, double[] Weight, double[] WeightedValue, double Variance) s, FrequencyGrid grid, int from, int to, double[] power)
    {
        int n = s.Time.Length, lanes = Vector<double>.Count;
        var cos = new double[n];
        var sin = new double[n];
        var stepCos = new double[n];
        var stepSin = new double[n];
        for (int i = 0; i < n; i++)
        {
            (sin[i], cos[i]) = Math.SinCos(2 * Math.PI * grid[from] * s.Time[i]);
            (stepSin[i], stepCos[i]) = Math.SinCos(2 * Math.PI * grid.Step * s.Time[i]);
        }
        for (int k = from; k < to; k++)
        {
            Vector<double> c = default, sn = default, yc = default, ys = default, cc = default, cs = default;
            for (int i = 0; i < n; i += lanes)
            {
                var vc = new Vector<double>(cos, i);
                var vs = new Vector<double>(sin, i);
                var w = new Vector<double>(s.Weight, i);
                var wy = new Vector<double>(s.WeightedValue, i);
                var wc = w * vc;
                c += wc;
                sn += w * vs;
                yc += wy * vc;
                ys += wy * vs;
                cc += wc * vc;
                cs += wc * vs;
                var dc = new Vector<double>(stepCos, i);
                var ds = new Vector<double>(stepSin, i);
                (vc * dc - vs * ds).CopyTo(cos, i);
                (vs * dc + vc * ds).CopyTo(sin, i);
            }
            double C = Vector.Sum(c), S = Vector.Sum(sn), YC = Vector.Sum(yc), YS = Vector.Sum(ys), CCw = Vector.Sum(cc), CSw = Vector.Sum(cs);
            double ccHat = CCw - C * C, ssHat = 1 - CCw - S * S, csHat = CSw - C * S;
            double d = ccHat * ssHat - csHat * csHat;
            power[k] = d > 0 && s.Variance > 0 ? (ssHat * YC * YC + ccHat * YS * YS - 2 * csHat * YC * YS) / (s.Variance * d) : 0;
        }
    }
}
