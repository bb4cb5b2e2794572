using AstroDL.Astro.LightCurves;

namespace AstroDL.Tests.Astro;

public class TransitModelTests
{
    private const double Period = 3.0;

    private static double MinimumFlux(TransitParameters planet) =>
        Enumerable.Range(-2000, 4001).Min(i => TransitModel.Flux(i * 1e-5, Period, 0, planet));

    [Fact]
    public void UniformDiscIsAsDeepAsTheAreaRatio()
    {
        var planet = new TransitParameters(0.1, 10, 0, 0, 0);
        Assert.Equal(0.01, 1 - MinimumFlux(planet), 0.01 * 0.01);
        // Mandel & Agol's λ: a whole planet disc inside the star, none outside, and half-way at first contact's midpoint.
        Assert.Equal(0.01, 1 - TransitModel.Flux(0.9, planet), 12);
        Assert.Equal(1.0, TransitModel.Flux(1.1000001, planet), 12);
        Assert.InRange(1 - TransitModel.Flux(1.0, planet), 0.004, 0.006);
    }

    [Fact]
    public void LimbDarkeningDeepensTheCentreAsTheQuadraticLawSays()
    {
        const double p = 0.05, u1 = 0.4, u2 = 0.25;
        double darkened = 1 - MinimumFlux(new TransitParameters(p, 10, 0, u1, u2));
        // The exact blocked fraction at z = 0 by integrating I(r) = 1 − u1(1−μ) − u2(1−μ)² over rings.
        static double Ring(double r) { double m = 1 - Math.Sqrt(1 - r * r); return (1 - 0.4 * m - 0.25 * m * m) * r; }
        double Integral(double to) { const int n = 20000; double h = to / n, s = 0; for (int i = 0; i < n; i++) s += Ring((i + 0.5) * h) * h; return s; }
        double exact = Integral(p) / Integral(1);
        Assert.Equal(exact, darkened, exact * 0.01);
        Assert.Equal(p * p / (1 - u1 / 3 - u2 / 6), darkened, darkened * 0.005);
        Assert.True(darkened > p * p * 1.15);
    }

    [Theory]
    [InlineData(0.1, 10, 0.0)]
    [InlineData(0.08, 15, 0.6)]
    public void DurationMatchesTheAnalyticFirstToFourthContact(double p, double scaled, double b)
    {
        var planet = new TransitParameters(p, scaled, b, 0.4, 0.25);
        double sinI = Math.Sqrt(1 - b * b / (scaled * scaled));
        double t14 = Period / Math.PI * Math.Asin(Math.Sqrt((1 + p) * (1 + p) - b * b) / (scaled * sinI));
        const double step = 1e-5;
        int inTransit = Enumerable.Range(-50_000, 100_001).Count(i => TransitModel.Flux(i * step, Period, 0, planet) < 1);
        Assert.Equal(t14, inTransit * step, t14 * 0.02);
        Assert.Equal(t14, planet.Duration(Period), t14 * 1e-9);
    }
}
