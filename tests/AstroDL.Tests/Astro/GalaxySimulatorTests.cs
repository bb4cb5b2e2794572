using AstroDL.Astro.Galaxies;
using AstroDL.Astro.Morphology;

namespace AstroDL.Tests.Astro;

public class GalaxySimulatorTests
{
    private static readonly BandColour Red = BandColour.Old;

    private static float[] NoiseFree(GalaxyComponent component, int size, double psfFwhm = 0) =>
        GalaxySimulator.Render(new GalaxyModel([component], new GalaxyParameters(0, 1, 1, 1, 0, component.Flux, 1)),
            new Observation(size, 1, psfFwhm, Noise: false)).Image.data<float>().ToArray();

    /// <summary>The radius of the circle, centred on the stamp, that holds <paramref name="light"/> electrons (pixel centres sorted by radius).</summary>
    private static double RadiusEnclosing(float[] image, int size, double light)
    {
        double centre = (size - 1) / 2.0, sum = 0, previousRadius = 0;
        foreach (var (radius, value) in Enumerable.Range(0, image.Length)
                     .Select(i => (Math.Sqrt(Math.Pow(i % size - centre, 2) + Math.Pow(i / size - centre, 2)), (double)image[i])).OrderBy(p => p.Item1))
        {
            if (sum + value >= light) return previousRadius + (radius - previousRadius) * (light - sum) / value;
            sum += value;
            previousRadius = radius;
        }
        throw new InvalidOperationException($"the stamp holds only {sum} of {light} electrons");
    }

    [Theory]
    [InlineData(1.0, 4.0, 0.6, 0)]
    [InlineData(4.0, 1.5, 0.8, 0)]
    [InlineData(1.0, 4.0, 0.6, 3)]
    [InlineData(4.0, 1.5, 0.8, 3)]
    public void TotalFluxIsTheRequestedOne(double n, double re, double q, double psf)
    {
        // 64 pixels from the centre the stamp misses < 0.1% of either profile (γ(2n, b_n (R/R_e)^{1/n}) / Γ(2n)).
        var image = NoiseFree(new SersicComponent(1e4, Red, new Placement(0.3, -0.2, q, 0.7), n, re), 128, psf);
        Assert.Equal(1e4, image.Sum(v => (double)v), psf == 0 ? 1e4 * 0.01 : 1e4 * 0.02);
    }

    [Fact]
    public void DiscFluxIsTheRequestedOne()
    {
        var image = NoiseFree(new DiscComponent(5e3, Red, new Placement(0, 0, 0.5, 1.2), 3), 128);
        Assert.Equal(5e3, image.Sum(v => (double)v), 5e3 * 0.01);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(4.0)]
    public void HalfLightRadiusIsTheEffectiveRadius(double n)
    {
        const double re = 6, flux = 1e4;
        const int size = 255;
        var image = NoiseFree(new SersicComponent(flux, Red, new Placement(), n, re), size);
        // Half of the analytic total, not of the stamp: the n = 4 wings run past the edge.
        Assert.Equal(re, RadiusEnclosing(image, size, flux / 2), re * 0.03);
    }

    [Fact]
    public void PointSourceHasTheMoffatFwhm()
    {
        const int size = 65, centre = 32;
        const double fwhm = 8;
        var image = NoiseFree(new PointSourceComponent(1, Red), size, fwhm);
        Assert.Equal(1, image.Sum(v => (double)v), 0.01);
        // Walk out along the row through the peak to half the peak; average the four directions.
        double peak = image[centre * size + centre];
        double HalfWidth(int step, bool alongRow)
        {
            for (int k = 1; k < centre; k++)
            {
                int Index(int j) => alongRow ? centre * size + centre + step * j : (centre + step * j) * size + centre;
                double inner = image[Index(k - 1)], outer = image[Index(k)];
                if (outer <= peak / 2) return k - 1 + (inner - peak / 2) / (inner - outer);
            }
            throw new InvalidOperationException("no half maximum on the stamp");
        }
        double measured = (HalfWidth(1, true) + HalfWidth(-1, true) + HalfWidth(1, false) + HalfWidth(-1, false)) / 2;
        // The pixel box adds ≈ 1/12 px² per axis to the variance: 0.4% of FWHM 8.
        Assert.Equal(fwhm, measured, fwhm * 0.02);
    }

    [Theory]
    [InlineData(100.0, 5.0)]
    [InlineData(4.0, 2.0)]
    public void PixelNoiseVarianceIsSkyPlusSignalPlusReadSquared(double sky, double read)
    {
        const int size = 16, draws = 600;
        var component = new SersicComponent(3e3, Red, new Placement(), 1, 2.5);
        var model = new GalaxyModel([component], new GalaxyParameters(0, 1, 2.5, 1, 0, component.Flux, 1));
        var observation = new Observation(size, 1, 0, Sky: sky, ReadNoise: read);
        var signal = NoiseFree(component, size);
        var sum = new double[size * size];
        var squares = new double[size * size];
        for (int seed = 0; seed < draws; seed++)
        {
            var image = GalaxySimulator.Render(model, observation, seed).Image.data<float>().ToArray();
            for (int p = 0; p < image.Length; p++)
            {
                sum[p] += image[p];
                squares[p] += image[p] * (double)image[p];
            }
        }
        // Over the faint (Poisson-sampled) and bright (normal) pixels separately: each mean ratio to within 5%.
        foreach (var bright in new[] { false, true })
        {
            var pixels = Enumerable.Range(0, signal.Length).Where(p => signal[p] + sky >= 30 == bright).ToList();
            if (pixels.Count < 20) continue;
            double ratio = pixels.Average(p =>
            {
                double mean = sum[p] / draws, variance = (squares[p] - draws * mean * mean) / (draws - 1);
                return variance / (sky + signal[p] + read * read);
            });
            Assert.Equal(1, ratio, 0.05);
            double bias = pixels.Average(p => (sum[p] / draws - signal[p]) / Math.Sqrt(sky + signal[p] + read * read));
            Assert.Equal(0, bias, 0.05);
        }
    }

    [Fact]
    public void SameSeedGivesTheSameImagesOnOneAndTwoThreads()
    {
        var one = GalaxySimulator.Galaxy10(count: 80, size: 24, seed: 11, bands: 3, max_threads: 1);
        var two = GalaxySimulator.Galaxy10(count: 80, size: 24, seed: 11, bands: 3, max_threads: 2);
        Assert.Equal(one.Images.data<float>().ToArray(), two.Images.data<float>().ToArray());
        Assert.Equal(one.Labels.data<long>().ToArray(), two.Labels.data<long>().ToArray());
        var other = GalaxySimulator.Galaxy10(count: 80, size: 24, seed: 12, bands: 3, max_threads: 2);
        Assert.NotEqual(one.Images.data<float>().ToArray(), other.Images.data<float>().ToArray());
    }

    [Fact]
    public void Galaxy10PresetsDrawAllTenClassesWithTheDataSetsNames()
    {
        string[] names =
        [
            "Disturbed", "Merging", "Round Smooth", "In-between Round Smooth", "Cigar Shaped Smooth", "Barred Spiral",
            "Unbarred Tight Spiral", "Unbarred Loose Spiral", "Edge-on without Bulge", "Edge-on with Bulge",
        ];
        var batch = GalaxySimulator.Galaxy10(count: 200, size: 24, seed: 3, bands: 1);
        Assert.Equal(names, batch.ClassNames);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), batch.Labels.data<long>().ToArray().Distinct().Order());
        Assert.All(batch.Images.data<float>().ToArray(), v => Assert.True(float.IsFinite(v)));
        foreach (var galaxyClass in Enum.GetValues<Galaxy10Class>())
        {
            var model = GalaxySimulator.Galaxy10Model(galaxyClass, size: 48, seed: 5);
            Assert.Equal((int)galaxyClass, model.Truth.Label);
            Assert.Equal(names[(int)galaxyClass], galaxyClass.Name());
        }
    }

    [Fact]
    public void StarGalaxyPresetDrawsBothLabels()
    {
        var batch = GalaxySimulator.StarsAndGalaxies(count: 64, size: 32, seed: 2);
        var labels = batch.Labels.data<long>().ToArray();
        Assert.Contains(0L, labels);
        Assert.Contains(1L, labels);
    }

    [Fact]
    public void SersicPresetSpansItsRangesAndItsImagesHaveTheTrueAxisRatio()
    {
        const int size = 64, count = 200;
        var batch = GalaxySimulator.Sersic(count, size: size, seed: 6, observation: new Observation(size, PsfFwhm: 0, Noise: false));
        var truths = batch.Parameters;
        Assert.All(truths, t => Assert.InRange(t.SersicIndex, 0.5, 6));
        Assert.All(truths, t => Assert.InRange(t.EffectiveRadius, 2, 8));
        Assert.All(truths, t => Assert.InRange(t.AxisRatio, 0.3, 1));
        // log-uniform in n: about a third of the galaxies on either side of the [1, 3] middle
        Assert.InRange(truths.Count(t => t.SersicIndex < 1), 0.25 * count, 0.5 * count);
        Assert.InRange(truths.Count(t => t.SersicIndex > 3), 0.25 * count, 0.5 * count);
        var images = batch.Images.data<float>().ToArray();
        var errors = Enumerable.Range(0, count).Select(i =>
        {
            var pixels = images.AsSpan(i * size * size, size * size).ToArray();
            var measured = Ellipticity.Measure(new MaskedImage(pixels, size, size, pixels.Select(v => v > 0).ToArray())).Ellipticity;
            return Math.Abs(measured - (1 - truths[i].AxisRatio));
        }).Order().ToList();
        // The moments see the whole profile only when the stamp holds it: the median galaxy's b/a within 0.02.
        Assert.True(errors[count / 2] < 0.02, $"median |e − (1 − q)| = {errors[count / 2]:F3}");
    }

    [Fact]
    public void BlendMasksCoverTheirGalaxiesAndDoNotOverlap()
    {
        const int size = 64, count = 24, plane = size * size;
        var observation = new Observation(size, Noise: false);
        var batch = GalaxySimulator.Blends(count: count, size: size, seed: 4, observation: observation);
        var images = batch.Images.data<float>().ToArray();
        var masks = batch.Masks!.data<float>().ToArray();
        for (int i = 0; i < count; i++)
        {
            var first = masks.AsSpan(2 * i * plane, plane).ToArray();
            var second = masks.AsSpan((2 * i + 1) * plane, plane).ToArray();
            var image = images.AsSpan(i * plane, plane).ToArray();
            Assert.True(first.Sum() > 4 && second.Sum() > 4, $"image {i}: masks of {first.Sum()} and {second.Sum()} pixels");
            Assert.All(Enumerable.Range(0, plane), p => Assert.False(first[p] > 0 && second[p] > 0));
            double covered = Enumerable.Range(0, plane).Where(p => first[p] + second[p] > 0).Sum(p => (double)image[p]);
            Assert.True(covered >= 0.95 * image.Sum(v => (double)v), $"image {i}: the masks hold {covered / image.Sum()} of the light");
            int brightest = Array.IndexOf(image, image.Max());
            Assert.Equal(1, first[brightest] + second[brightest]);
        }
    }
}
