namespace AstroDL.Astro.Galaxies;

/// <summary>
/// A Ferrers bar I = I_0 (1 − m²)^{ν} inside m &lt; 1, m² = (x'/a)² + (y'/(q a))², ν = <paramref name="Index"/> + 1/2;
/// <paramref name="Length"/> a is the semi-major axis in pixels, q the placement's axis ratio.
/// </summary>
public sealed record BarComponent(double Flux, BandColour Colour, Placement Placement, double Length, double Index = 2)
    : GalaxyComponent(Flux, Colour)
{
    internal override void Draw(float[] plane, int size)
    {
        CheckFlux("bar");
        CheckPositive(Length, nameof(Length), "bar");
        Placement.Check("bar");
        double nu = Index + 0.5;
        // ∫ (1 − m²)^ν dA = π a² q / (ν + 1)
        float i0 = (float)(Flux * (nu + 1) / (Math.PI * Length * Length * Placement.AxisRatio));
        var profile = new Profile(new Frame(Placement.PositionAngle), (float)(1 / Length), (float)(1 / (Length * Placement.AxisRatio)), (float)nu);
        ProfileSampler.Draw(profile, plane, size, Placement.X, Placement.Y, i0, denseRadius: 0);
    }

    private readonly struct Profile(Frame frame, float inverseA, float inverseB, float nu) : IProfile
    {
        public float At(float dx, float dy)
        {
            var (x, y) = frame.Rotate(dx, dy);
            float m2 = x * x * inverseA * inverseA + y * y * inverseB * inverseB;
            // Outside the bar 1 − m² < 0 and its power is not a number: never evaluate it there.
            return m2 < 1 ? MathF.Pow(1 - m2, nu) : 0;
        }
    }
}
