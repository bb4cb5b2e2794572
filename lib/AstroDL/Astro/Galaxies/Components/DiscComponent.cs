namespace AstroDL.Astro.Galaxies;

/// <summary>
/// An exponential disc I ∝ e^{−R/h} with scale length <paramref name="ScaleLength"/> h in pixels, seen with the
/// placement's axis ratio (cos i for a thin disc); optionally with spiral arms and an m = 1 lopsidedness
/// 1 + ε cos(θ − θ1) for disturbed galaxies. Arms and lopsidedness are computed in the disc plane.
/// </summary>
public sealed record DiscComponent(double Flux, BandColour Colour, Placement Placement, double ScaleLength, SpiralArms? Arms = null,
    double Lopsidedness = 0, double LopsidedAngle = 0)
    : GalaxyComponent(Flux, Colour)
{
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("disc");
        CheckPositive(ScaleLength, nameof(ScaleLength), "disc");
        Placement.Check("disc");
        Arms?.Check();
        if (!(Lopsidedness >= 0 && Lopsidedness < 1))
            throw new ArgumentException($"disc: lopsidedness {Lopsidedness} must lie in [0, 1).", nameof(Lopsidedness));
        double mean = Arms is { } a ? 1 - a.Contrast + 2 * a.Contrast * a.MeanArm : 1;
        float i0 = (float)(Flux / (2 * Math.PI * Placement.AxisRatio * ScaleLength * ScaleLength * mean));
        var profile = new Profile(new Frame(Placement.PositionAngle), (float)(1 / ScaleLength), (float)(1 / Placement.AxisRatio), Arms,
            (float)Lopsidedness, (float)LopsidedAngle);
        ProfileSampler.Draw(profile, plane, size, Placement.X, Placement.Y, i0, denseRadius: 1.5);
    }

    private readonly struct Profile : IProfile
    {
        private readonly Frame frame;
        private readonly float inverseH, inverseQ, contrast, sharpness, phase, armCount, inverseTanPitch, innerRadius, lopsided, lopsidedAngle;
        private readonly bool arms;

        public Profile(Frame frame, float inverseH, float inverseQ, SpiralArms? spiral, float lopsided, float lopsidedAngle)
        {
            (this.frame, this.inverseH, this.inverseQ, this.lopsided, this.lopsidedAngle) = (frame, inverseH, inverseQ, lopsided, lopsidedAngle);
            arms = spiral is not null;
            if (spiral is null) return;
            (contrast, sharpness, phase, armCount) = ((float)spiral.Contrast, (float)spiral.Sharpness, (float)spiral.Phase, spiral.Count);
            inverseTanPitch = (float)(1 / Math.Tan(spiral.Pitch));
            innerRadius = (float)spiral.InnerRadius;
        }

        public float At(float dx, float dy)
        {
            var (x, y) = frame.Rotate(dx, dy);
            y *= inverseQ;
            float r = MathF.Sqrt(x * x + y * y);
            float value = MathF.Exp(-r * inverseH);
            if (!arms && lopsided == 0) return value;
            float theta = MathF.Atan2(y, x);
            if (lopsided != 0) value *= 1 + lopsided * MathF.Cos(theta - lopsidedAngle);
            if (!arms) return value;
            float phi = armCount * (theta - MathF.Log(MathF.Max(r, 1e-3f) * inverseH) * inverseTanPitch) + phase;
            float s = MathF.Pow(0.5f * (1 + MathF.Cos(phi)), sharpness);
            // Inside the bar the arms fade: the modulation's weight rises from 0 at the centre to 1 at the bar's end.
            float weight = innerRadius > 0 ? MathF.Min(1, r * r / (innerRadius * innerRadius)) : 1;
            return value * (1 + weight * contrast * (2 * s - 1));
        }
    }
}
