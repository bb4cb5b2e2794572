namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Small round Gaussian blobs of width <paramref name="Sigma"/> pixels at (X, Y) offsets from the stamp's centre, sharing
/// <see cref="GalaxyComponent.Flux"/> in proportion to their weights: knots of star formation, or, strung along a curve,
/// a tidal tail.
/// </summary>
public sealed record KnotsComponent(double Flux, BandColour Colour, IReadOnlyList<(double X, double Y, double Weight)> Knots, double Sigma)
    : GalaxyComponent(Flux, Colour)
{
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("knots");
        CheckPositive(Sigma, nameof(Sigma), "knots");
        double total = Knots.Sum(k => k.Weight);
        if (!(total > 0)) throw new ArgumentException("knots: the weights must be ≥ 0 with a positive sum.", nameof(Knots));
        float centre = (size - 1) / 2f, inverse2 = (float)(0.5 / (Sigma * Sigma));
        int reach = (int)Math.Ceiling(4 * Sigma);
        foreach (var (kx, ky, weight) in Knots)
        {
            float peak = (float)(Flux * weight / total / (2 * Math.PI * Sigma * Sigma));
            float cx = centre + (float)kx, cy = centre + (float)ky;
            int c0 = Math.Max(0, (int)cx - reach), c1 = Math.Min(size - 1, (int)cx + reach);
            int r0 = Math.Max(0, (int)cy - reach), r1 = Math.Min(size - 1, (int)cy + reach);
            for (int row = r0; row <= r1; row++)
            {
                float dy = row - cy;
                for (int col = c0; col <= c1; col++)
                {
                    float dx = col - cx;
                    plane[row * size + col] += peak * MathF.Exp(-(dx * dx + dy * dy) * inverse2);
                }
            }
        }
    }
}
