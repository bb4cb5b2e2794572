namespace AstroDL.Astro.Galaxies;

/// <summary>
/// A Sérsic bulge or elliptical: index <paramref name="N"/> in [0.3, 6.2], half-light radius
/// <paramref name="EffectiveRadius"/> in pixels (along the major axis), and boxiness c (2 ellipses, &gt; 2 boxy).
/// </summary>
public sealed record SersicComponent(double Flux, BandColour Colour, Placement Placement, double N, double EffectiveRadius, double Boxiness = 2)
    : GalaxyComponent(Flux, Colour)
{
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("Sérsic");
        Sersic.CheckIndex(N, nameof(N));
        CheckPositive(EffectiveRadius, nameof(EffectiveRadius), "Sérsic");
        Placement.Check("Sérsic");
        double b = Sersic.B(N);
        // The flux per I_e of a boxy profile differs a little from the ellipse's; the light stays within a few percent.
        float ie = (float)(Flux / Sersic.TotalFluxPerIe(N, EffectiveRadius, Placement.AxisRatio));
        var profile = new Profile(new Frame(Placement.PositionAngle), (float)b, (float)(0.5 / N), (float)(1 / (EffectiveRadius * EffectiveRadius)),
            (float)(1 / (Placement.AxisRatio * Placement.AxisRatio)), (float)Boxiness);
        // The centre needs the dense samples wherever the profile bends within a pixel: a few R_e^(1/n)-scaled pixels.
        ProfileSampler.Draw(profile, plane, size, Placement.X, Placement.Y, ie, denseRadius: Math.Max(3, 0.5 * EffectiveRadius));
    }

    private readonly struct Profile(Frame frame, float b, float halfInverseN, float inverseRe2, float inverseQ2, float boxiness) : IProfile
    {
        public float At(float dx, float dy)
        {
            var (x, y) = frame.Rotate(dx, dy);
            float r2;
            if (boxiness == 2) r2 = (x * x + y * y * inverseQ2) * inverseRe2;
            else
            {
                float ax = MathF.Abs(x), ay = MathF.Abs(y) * MathF.Sqrt(inverseQ2);
                r2 = MathF.Pow(MathF.Pow(ax, boxiness) + MathF.Pow(ay, boxiness), 2 / boxiness) * inverseRe2;
            }
            if (r2 <= 0) return MathF.Exp(b);
            // (R/R_e)^{1/n} = exp(ln(R²/R_e²) / 2n)
            return MathF.Exp(-b * (MathF.Exp(MathF.Log(r2) * halfInverseN) - 1));
        }
    }
}
