using AstroDL.Astro.LightCurves;

namespace AstroDL.Tests.Astro;

public class CadenceAndNoiseTests
{
    private static LightCurveSet Constant(int count, Cadence cadence, NoiseModel noise) =>
        LightCurveSimulator.Dataset(count, seed: 3, classes: [LightCurveClass.Constant], cadence: cadence, noise: noise);

    [Fact]
    public void WhiteNoiseHasTheStatedErrors()
    {
        var set = Constant(40, Cadence.Regular(10, 20), new NoiseModel(white: 2e-3));
        var pulls = set.Curves.SelectMany(c => c.Flux.Select((f, i) => (f - 1) / c.Error[i])).ToArray();
        Assert.Equal(1.0, Math.Sqrt(pulls.Average(x => x * x)), 0.05);
        var errors = set.Curves.SelectMany(c => c.Error).ToArray();
        Assert.Equal(2e-3, errors.Average(), 2e-3 * 0.02);
        Assert.InRange(errors.Min(), 2e-3 * 0.9, 2e-3 * 1.1);
    }

    [Fact]
    public void RedNoiseHasTheStatedDeviationAndCorrelation()
    {
        const double sigma = 1e-3, tau = 0.1, interval = 0.02043;
        var set = Constant(40, Cadence.Regular(20, 20.01, interval), new NoiseModel(white: 0, red: sigma, redTimescale: tau));
        double sumSq = 0, lagged = 0;
        int n = 0, pairs = 0;
        foreach (var c in set.Curves)
        {
            for (int i = 0; i < c.Length; i++, n++) sumSq += (c.Flux[i] - 1) * (c.Flux[i] - 1);
            for (int i = 1; i < c.Length; i++, pairs++) lagged += (c.Flux[i] - 1) * (c.Flux[i - 1] - 1);
        }
        double variance = sumSq / n;
        Assert.Equal(sigma, Math.Sqrt(variance), sigma * 0.05);
        Assert.Equal(Math.Exp(-interval / tau), lagged / pairs / variance, 0.05 * Math.Exp(-interval / tau));
    }

    [Fact]
    public void RegularCadenceIsEvenAndAsLongAsAsked()
    {
        foreach (var c in Constant(20, Cadence.Regular(25, 35, 0.02), new NoiseModel()).Curves)
        {
            Assert.InRange(c.Time[^1] - c.Time[0], 25 - 0.02, 35);
            for (int i = 1; i < c.Length; i++) Assert.Equal(0.02, c.Time[i] - c.Time[i - 1], 1e-9);
        }
    }

    [Fact]
    public void GroundCadenceKeepsToNightsSeasonsAndWeather()
    {
        var cadence = Cadence.Ground(minDays: 700, maxDays: 730, seasonDays: 200, nightHours: 6, maxPointsPerNight: 1, weatherLoss: 0.4);
        var curves = Constant(30, cadence, new NoiseModel()).Curves;
        Assert.All(curves.SelectMany(c => c.Time), t => Assert.True(cadence.Observable(t), $"t = {t} is outside the nights or seasons"));
        // 700–730 days hold two seasons of 200 nights: 400 nights, 60% of them clear, one point each.
        double clear = curves.Average(c => c.Length) / 400.0;
        Assert.Equal(0.6, clear, 0.03);
        Assert.True(curves.Select(c => c.Length).Distinct().Count() > 5, "lengths should vary from curve to curve");
    }

    [Fact]
    public void BadArgumentsNameTheParameterAndTheRange()
    {
        var e = Assert.Throws<ArgumentException>(() => Cadence.Regular(interval: -1));
        Assert.Equal("interval", e.ParamName);
        Assert.Contains("[0.0001, 10]", e.Message);
        Assert.Equal("weatherLoss", Assert.Throws<ArgumentException>(() => Cadence.Ground(weatherLoss: 1)).ParamName);
        Assert.Equal("white", Assert.Throws<ArgumentException>(() => new NoiseModel(white: -1)).ParamName);
        var count = Assert.Throws<ArgumentException>(() => LightCurveSimulator.Dataset(0));
        Assert.Equal("count", count.ParamName);
        Assert.Contains("[1, ", count.Message);
    }
}
