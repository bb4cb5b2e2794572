namespace AstroDL.Astro.Periodograms;

/// <summary>
/// Power at each trial frequency of a <see cref="FrequencyGrid"/>, with the highest peak refined by a parabola through
/// it and its two neighbours (a fraction of a grid step better than the best trial).
/// </summary>
public sealed class Periodogram
{
    internal Periodogram(FrequencyGrid grid, double[] power)
    {
        Grid = grid;
        Power = power;
        int best = 0;
        for (int k = 1; k < power.Length; k++) if (power[k] > power[best]) best = k;
        double shift = 0;
        if (best > 0 && best < power.Length - 1)
        {
            double left = power[best - 1], mid = power[best], right = power[best + 1], curvature = left - 2 * mid + right;
            if (curvature < 0) shift = Math.Clamp(0.5 * (left - right) / curvature, -0.5, 0.5);
        }
        BestIndex = best;
        BestFrequency = grid.Start + (best + shift) * grid.Step;
        BestPower = power[best];
    }

    public FrequencyGrid Grid { get; }

    /// <summary>The power at each of <see cref="Grid"/>'s frequencies.</summary>
    public double[] Power { get; }

    public int BestIndex { get; }

    /// <summary>The frequency of the highest peak (cycles per day).</summary>
    public double BestFrequency { get; }

    public double BestPeriod => 1 / BestFrequency;

    public double BestPower { get; }

    /// <summary>The trial periods (days), for plotting power against period.</summary>
    public double[] Periods => Grid.Frequencies.Select(f => 1 / f).ToArray();

    public override string ToString() => $"Periodogram: {Grid.Count:N0} frequencies, best period {BestPeriod:0.######} d (power {BestPower:0.####})";
}
