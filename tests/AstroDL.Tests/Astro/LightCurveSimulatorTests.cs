using AstroDL.Astro.LightCurves;
using static AstroDL.torch;

namespace AstroDL.Tests.Astro;

public class LightCurveSimulatorTests
{
    [Fact]
    public void SameSeedGivesTheSameCurvesOnOneAndTwoThreads()
    {
        int threads = get_num_threads();
        try
        {
            set_num_threads(1);
            var one = LightCurveSimulator.Dataset(60, seed: 11);
            set_num_threads(2);
            var two = LightCurveSimulator.Dataset(60, seed: 11);
            for (int i = 0; i < one.Count; i++)
            {
                Assert.Equal(one.Curves[i].Time, two.Curves[i].Time);
                Assert.Equal(one.Curves[i].Flux, two.Curves[i].Flux);
                Assert.Equal(one.Curves[i].Parameters, two.Curves[i].Parameters);
            }
            var other = LightCurveSimulator.Dataset(60, seed: 12);
            Assert.NotEqual(one.Curves[5].Flux.Take(10), other.Curves[5].Flux.Take(10));
            // A curve depends on (seed, index) only, not on the set it is part of.
            var alone = new LightCurveSimulator().Simulate(one.Classes[7 % one.Classes.Count], 11, 7);
            Assert.Equal(one.Curves[7].Flux, alone.Flux);
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    [Fact]
    public void ShippedPriorsHoldTheCatalogueCountsAndCepheidsStayInRange()
    {
        var priors = VariablePriors.Shipped;
        var cepheid = priors[LightCurveClass.Cepheid];
        // GCVS stars in stellarium-data 0.22.2: 214 DCEP with periods (+ DCEPS and CEP), 133 RRAB with periods.
        Assert.Contains("DCEP", cepheid.GcvsTypes);
        Assert.InRange(cepheid.WithPeriod, 214, 300);
        Assert.Equal(133, priors[LightCurveClass.RRLyraeAB].WithPeriod);
        // δ Cephei itself (5.366 d) sits inside the catalogue's range; RR Lyrae periods are under a day.
        Assert.InRange(5.366, cepheid.PeriodDeciles[0], cepheid.PeriodDeciles[10]);
        Assert.InRange(priors[LightCurveClass.RRLyraeAB].PeriodDeciles[10], 0.6, 1.2);
        var set = LightCurveSimulator.Dataset(300, seed: 1, classes: [LightCurveClass.Cepheid]);
        Assert.All(set.Curves, c => Assert.InRange(c.Parameters.Period, cepheid.PeriodDeciles[0], cepheid.PeriodDeciles[10]));
        double medianPeriod = set.Curves.Select(c => c.Parameters.Period).Order().ElementAt(150);
        Assert.Equal(cepheid.PeriodDeciles[5], medianPeriod, cepheid.PeriodDeciles[5] * 0.15);
    }

    [Fact]
    public void PulsatorsHaveTheirDrawnAmplitudesAndShapes()
    {
        var sim = new LightCurveSimulator(Cadence.Regular(30, 30.01, 0.002), new NoiseModel(white: 1e-6));
        var rrab = sim.Simulate(LightCurveClass.RRLyraeAB, 5, 0);
        var mags = rrab.Magnitude;
        Assert.Equal(rrab.Parameters.Amplitude, mags.Max() - mags.Min(), 0.01);
        Assert.InRange(rrab.Parameters.Amplitude, 0.18, 1.73);
        // RRab rises fast: brightening (magnitude falling) takes well under half of the points.
        int rising = Enumerable.Range(1, mags.Length - 1).Count(i => mags[i] < mags[i - 1]);
        Assert.InRange(rising / (double)mags.Length, 0.05, 0.3);
        var ew = sim.Simulate(LightCurveClass.EclipsingWUMa, 5, 1);
        Assert.InRange(ew.Parameters.Period, 0.23, 0.89);
    }

    [Fact]
    public void PaddedTensorsHoldTheCurvesAndTheirLengths()
    {
        var set = LightCurveSimulator.Dataset(12, seed: 2);
        var (x, lengths) = set.Padded([LightCurveFeature.Time, LightCurveFeature.Flux]);
        int longest = set.Curves.Max(c => c.Length);
        Assert.Equal([12L, longest, 2], x.shape);
        Assert.Equal(set.Curves.Select(c => (long)c.Length).ToArray(), lengths.data<long>().ToArray());
        var values = x.data<float>().ToArray();
        var shortest = set.Curves.Select((c, i) => (c, i)).MinBy(p => p.c.Length);
        Assert.Equal((float)shortest.c.Flux[3], values[(shortest.i * longest + 3) * 2 + 1]);
        Assert.Equal(0f, values[(shortest.i * longest + shortest.c.Length) * 2 + 1]);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (long)(i % set.Classes.Count)).ToArray(), set.Labels().data<long>().ToArray());
    }

    [Fact]
    public void PhaseFoldedViewPutsTheTransitInTheMiddle()
    {
        var set = LightCurveSimulator.Dataset(4, seed: 4, classes: [LightCurveClass.Transit], cadence: Cadence.Regular(60, 80), noise: new NoiseModel(white: 1e-5));
        var views = set.PhaseFolded(bins: 201);
        Assert.Equal([4L, 201], views.shape);
        var v = views.data<float>().ToArray();
        for (int n = 0; n < 4; n++)
        {
            var row = v.Skip(n * 201).Take(201).ToArray();
            Assert.Equal(-1f, row.Min(), 1e-4);
            Assert.InRange(Array.IndexOf(row, row.Min()), 97, 103);
        }
    }

    [Fact]
    public void MissingOrDamagedPriorsNameTheFileAndTheFix()
    {
        string folder = Path.Combine(Path.GetTempPath(), "astrodl-priors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var missing = Assert.Throws<FileNotFoundException>(() => VariablePriors.Load(Path.Combine(folder, "none.csv")));
            Assert.Contains("none.csv", missing.Message);
            Assert.Contains("make_gcvs_priors.py", missing.Message);
            string bad = Path.Combine(folder, "bad.csv");
            using (var stream = typeof(VariablePriors).Assembly.GetManifestResourceStream("AstroDL.Data.gcvs-priors.csv")!)
            using (var reader = new StreamReader(stream))
                File.WriteAllText(bad, reader.ReadToEnd().Replace("Cepheid,DCEP DCEPS CEP,263,260,", "Cepheid,DCEP DCEPS CEP,263,many,"));
            var damaged = Assert.Throws<InvalidDataException>(() => VariablePriors.Load(bad));
            Assert.Contains("bad.csv, line 14", damaged.Message);
            Assert.Contains("with_period", damaged.Message);
            Assert.Contains("git checkout", damaged.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
