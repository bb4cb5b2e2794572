using AstroDL.Astro.LightCurves;
using AstroDL.Astro.Periodograms;

namespace AstroDL.Tests.Astro;

public class PeriodogramTests
{
    [Fact]
    public void LombScargleFindsASinusoidInIrregularSampling()
    {
        var cadence = Cadence.Ground(300, 300.01);
        var random = new Random(1);
        var time = new LightCurveSimulator(cadence).Simulate(LightCurveClass.Constant, 0, 0).Time;
        const double period = 0.61803, amplitude = 0.05, sigma = 0.02;
        var y = time.Select(t => amplitude * Math.Sin(2 * Math.PI * t / period) + sigma * Gaussian(random)).ToArray();
        var grid = FrequencyGrid.ForPeriods(time, 0.1, 10);
        var result = LombScargle.Power(time, y, time.Select(_ => sigma).ToArray(), grid);
        Assert.Equal(period, result.BestPeriod, period * 1e-3);
        // The fraction of variance a sinusoid of amplitude A explains against noise σ: (A²/2) / (A²/2 + σ²).
        Assert.Equal(0.5 * amplitude * amplitude / (0.5 * amplitude * amplitude + sigma * sigma), result.BestPower, 0.05);
        Assert.True(LombScargle.FalseAlarmProbability(result.BestPower, time.Length, grid.Count / 10.0) < 1e-10);
    }

    [Fact]
    public void LombScargleFindsAnRRLyraePeriod()
    {
        var curve = new LightCurveSimulator(Cadence.Ground(400, 400.01), new NoiseModel(white: 0.02)).Simulate(LightCurveClass.RRLyraeAB, 8, 3);
        var grid = FrequencyGrid.ForPeriods(curve.Time, 0.2, 5);
        var result = LombScargle.Power(curve.Time, curve.Flux, curve.Error, grid);
        Assert.Equal(curve.Parameters.Period, result.BestPeriod, curve.Parameters.Period * 1e-3);
    }

    [Fact]
    public void BoxLeastSquaresFindsATransit()
    {
        var sim = new LightCurveSimulator(Cadence.Regular(60, 60.01), new NoiseModel(white: 5e-4));
        var curve = Enumerable.Range(0, 50).Select(i => sim.Simulate(LightCurveClass.Transit, 21, i))
            .First(c => c.Parameters.Transit!.RadiusRatio > 0.06 && c.Parameters.Period is > 1.5 and < 8);
        var truth = curve.Parameters;
        var grid = FrequencyGrid.ForTransits(curve.Time, 1, 12, 0.05);
        var result = BoxLeastSquares.Search(curve.Time, curve.Flux, curve.Error, grid, [0.05, 0.08, 0.12, 0.18, 0.27]);
        Assert.Equal(truth.Period, result.Period, truth.Period * 1e-3);
        double depth = Math.Pow(truth.Transit!.RadiusRatio, 2);
        Assert.InRange(result.Depth, 0.6 * depth, 1.5 * depth);
        double offset = (result.Epoch - truth.Epoch) / truth.Period;
        Assert.True(Math.Abs(offset - Math.Round(offset)) * truth.Period < 0.1, $"epoch {result.Epoch} vs {truth.Epoch}");
    }

    [Fact]
    public void BadInputsNameTheParameter()
    {
        double[] t = [0, 1, 2, 3], y = [1, 2, 1, 2];
        var grid = new FrequencyGrid(0.1, 0.01, 10);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => LombScargle.Power(t, [1, 2], null, grid)).ParamName);
        Assert.Equal("error", Assert.Throws<ArgumentException>(() => LombScargle.Power(t, y, [1, 0, 1, 1], grid)).ParamName);
        Assert.Equal("durations", Assert.Throws<ArgumentException>(() => BoxLeastSquares.Search(t, y, null, grid, [])).ParamName);
        Assert.Equal("maxPeriod", Assert.Throws<ArgumentException>(() => FrequencyGrid.ForPeriods(t, 2, 1)).ParamName);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
