namespace AstroDL.Astro.Periodograms;

/// <summary>
/// What a box least-squares search found: the power at every trial frequency, and the best box's period (days),
/// duration (days), epoch (mid-transit time of the first transit at or after the first point) and depth (in the
/// values' units, out-of-transit mean minus in-transit mean).
/// </summary>
public sealed record BoxLeastSquaresResult(Periodogram Periodogram, double Period, double Duration, double Epoch, double Depth)
{
    public override string ToString() =>
        $"BoxLeastSquares: period {Period:0.######} d, duration {Duration * 24:0.##} h, epoch {Epoch:0.####} d, depth {Depth:0.#####} ({Periodogram.Grid.Count:N0} frequencies)";
}
