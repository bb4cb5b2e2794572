namespace AstroDL.Astro.Galaxies;

/// <summary>
/// A disc seen edge-on, I = I_0 e^{−|x'|/h} sech²(y'/z0) (scale length h, scale height z0, in pixels), optionally with a
/// dust lane that dims the mid-plane by 1 − τ exp(−y'²/2σ²) (<paramref name="DustDepth"/> τ, <paramref name="DustWidth"/> σ).
/// The placement's axis ratio is not used: the thickness is z0/h.
/// </summary>
public sealed record EdgeOnDiscComponent(double Flux, BandColour Colour, Placement Placement, double ScaleLength, double ScaleHeight,
    double DustDepth = 0, double DustWidth = 1)
    : GalaxyComponent(Flux, Colour)
{
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("edge-on disc");
        CheckPositive(ScaleLength, nameof(ScaleLength), "edge-on disc");
        CheckPositive(ScaleHeight, nameof(ScaleHeight), "edge-on disc");
        CheckPositive(DustWidth, nameof(DustWidth), "edge-on disc");
        if (!(DustDepth >= 0 && DustDepth <= 1))
            throw new ArgumentException($"edge-on disc: dust depth {DustDepth} must lie in [0, 1].", nameof(DustDepth));
        // ∫ e^{−|x|/h} dx · ∫ sech²(z/z0) dz = 2h · 2z0 (the flux before the dust takes its share).
        float i0 = (float)(Flux / (4 * ScaleLength * ScaleHeight));
        var profile = new Profile(new Frame(Placement.PositionAngle), (float)(1 / ScaleLength), (float)(1 / ScaleHeight), (float)DustDepth,
            (float)(0.5 / (DustWidth * DustWidth)));
        ProfileSampler.Draw(profile, plane, size, Placement.X, Placement.Y, i0, denseRadius: 1.5);
    }

    private readonly struct Profile(Frame frame, float inverseH, float inverseZ, float dust, float dustScale) : IProfile
    {
        public float At(float dx, float dy)
        {
            var (x, y) = frame.Rotate(dx, dy);
            float e = MathF.Exp(-2 * MathF.Abs(y) * inverseZ);
            // sech²(u) = 4e^{−2|u|} / (1 + e^{−2|u|})², finite for any u
            float sech2 = 4 * e / ((1 + e) * (1 + e));
            float value = MathF.Exp(-MathF.Abs(x) * inverseH) * sech2;
            return dust > 0 ? value * (1 - dust * MathF.Exp(-y * y * dustScale)) : value;
        }
    }
}
