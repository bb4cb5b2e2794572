using AstroDL.Astro.Galaxies;
using AstroDL.Astro.Morphology;

namespace AstroDL.Tests.Astro;

public class MorphologyTests
{
    private static float[] Render(GalaxyComponent component, int size) =>
        GalaxySimulator.Render(new GalaxyModel([component], new GalaxyParameters(0, 1, 1, 1, 0, component.Flux, 1)),
            new Observation(size, 1, 0, Noise: false)).Image.data<float>().ToArray();

    private static MaskedImage Whole(float[] pixels, int size) => new(pixels, size, size, Enumerable.Repeat(true, pixels.Length).ToArray());

    [Theory]
    // C of the infinite profiles from γ(2n, b_n x^{1/n}) / Γ(2n) = 0.2 and 0.8: 2.80 and 5.27 (Galaxy literature: ≈ 2.7 and 5.2).
    [InlineData(1.0, 8.0, 2.80)]
    [InlineData(4.0, 10.0, 5.27)]
    public void ConcentrationOfExponentialAndDeVaucouleursProfiles(double n, double re, double expected)
    {
        const int size = 401;
        var image = Whole(Render(new SersicComponent(1e5, BandColour.Old, new Placement(), n, re), size), size);
        Assert.Equal(expected, Concentration.Measure(image), expected * 0.05);
        Assert.Equal(n == 1 ? 2.7 : 5.2, Concentration.Measure(image), (n == 1 ? 2.7 : 5.2) * 0.05);
        Assert.Equal(re, HalfLightRadius.Measure(image), re * 0.05);
    }

    [Fact]
    public void GiniIsZeroForAFlatImageAndNearOneForAPoint()
    {
        const int size = 21;
        Assert.Equal(0, Gini.Measure(Whole(Enumerable.Repeat(5f, size * size).ToArray(), size)), 1e-9);
        var point = new float[size * size];
        point[size * size / 2] = 100;
        Assert.Equal(1, Gini.Measure(Whole(point, size)), 1e-9);
    }

    [Fact]
    public void SymmetricProfileHasNoAsymmetryAndALopsidedOneHas()
    {
        const int size = 65;
        var symmetric = Render(new DiscComponent(1e5, BandColour.Disc, new Placement(0.5, 0, 0.6, 0.4), 5), size);
        Assert.Equal(0, Asymmetry.Measure(Whole(symmetric, size)), 0.01);
        var lopsided = Render(new DiscComponent(1e5, BandColour.Disc, new Placement(0.5, 0, 0.6, 0.4), 5, Lopsidedness: 0.5), size);
        Assert.True(Asymmetry.Measure(Whole(lopsided, size)) > 0.1);
    }

    [Fact]
    public void BackgroundCorrectionRemovesTheNoisesAsymmetry()
    {
        const int size = 65;
        const double sigma = 10;
        var random = new Random(1);
        // Gaussian noise alone: A − A_bkg ≈ 0 in the units of the noise's own |flux|.
        var noise = Enumerable.Range(0, size * size).Select(_ => (float)(sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())))
            .ToArray();
        var disc = Render(new DiscComponent(2e5, BandColour.Disc, new Placement(), 6), size);
        var noisy = disc.Zip(noise, (d, n) => d + n).ToArray();
        var mask = Segmentation.AboveSky(disc, size, size, sigma);
        double corrected = Asymmetry.Measure(new MaskedImage(noisy, size, size, mask), sigma);
        Assert.Equal(0, corrected, 0.03);
        Assert.True(Asymmetry.Measure(new MaskedImage(noisy, size, size, mask)) > corrected + 0.03);
    }

    [Theory]
    [InlineData(0.5, 0.6)]
    [InlineData(0.8, -1.0)]
    public void EllipticityOfAnInclinedDiscIsOneMinusTheAxisRatio(double q, double angle)
    {
        const int size = 129;
        var pixels = Render(new DiscComponent(1e5, BandColour.Disc, new Placement(0, 0, q, angle), 6), size);
        // An isophote mask: the moments of an elliptical profile inside one of its own ellipses keep the axis ratio.
        var mask = Segmentation.AboveSky(pixels, size, size, pixels.Max() * 1e-3, 1);
        var (ellipticity, positionAngle) = Ellipticity.Measure(new MaskedImage(pixels, size, size, mask));
        Assert.Equal(1 - q, ellipticity, 0.03);
        Assert.Equal(angle, positionAngle, 0.02);
    }

    [Fact]
    public void M20IsLowForAConcentratedProfileAndSmoothnessGrowsWithClumps()
    {
        const int size = 129;
        var elliptical = Whole(Render(new SersicComponent(1e5, BandColour.Old, new Placement(), 4, 8), size), size);
        Assert.InRange(M20.Measure(elliptical), -3.5, -2);
        Assert.Equal(0, Smoothness.Measure(elliptical), 0.02);
        var clumpy = Render(new DiscComponent(1e5, BandColour.Disc, new Placement(), 8), size);
        foreach (var (x, y) in new[] { (80, 64), (50, 70), (64, 45) }) clumpy[y * size + x] += 3000;
        Assert.True(Smoothness.Measure(Whole(clumpy, size)) > 0.05);
        Assert.True(M20.Measure(Whole(clumpy, size)) > M20.Measure(elliptical) + 0.3);
    }

    [Fact]
    public void SegmentationKeepsTheRegionOfTheBrightestPixelAndFeaturesNameBadMasks()
    {
        const int size = 9;
        var pixels = new float[size * size];
        pixels[4 * size + 4] = 10;
        pixels[4 * size + 5] = 5;
        pixels[0] = 8;
        var mask = Segmentation.AboveSky(pixels, size, size, 1, 2);
        Assert.Equal(2, mask.Count(m => m));
        Assert.False(mask[0]);
        var error = Assert.Throws<ArgumentException>(() => new MaskedImage(pixels, size, size, new bool[3]));
        Assert.Contains("mask", error.Message);
        var features = MorphologyFeatures.Measure(pixels, size, size, 1);
        Assert.True(double.IsFinite(features.Gini));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void SmoothedSkyNoiseHasTheSigmaThatDetectionThresholdsOn(double smoothing)
    {
        const int size = 256;
        var random = new Random(1);
        // Gaussian sky noise of sigma 3 (Box–Muller)
        var noise = Enumerable.Range(0, size * size)
            .Select(_ => (float)(3 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))).ToArray();
        var smoothed = Segmentation.Smooth(noise, size, size, smoothing);
        double mean = smoothed.Average(v => (double)v), sigma = Math.Sqrt(smoothed.Average(v => (v - mean) * (v - mean)));
        Assert.Equal(Segmentation.SmoothedNoise(3, smoothing), sigma, Segmentation.SmoothedNoise(3, smoothing) * 0.05);
        Assert.True(sigma < 3 * 0.35, $"smoothing lowers the noise: {sigma:F3}");
    }

    [Fact]
    public void SmoothedDetectionFindsAFaintGalaxyThatSinglePixelsMiss()
    {
        const int size = 64;
        var observation = new Observation(size, 1, PsfFwhm: 2, SignalToNoise: 10);
        var (image, _) = GalaxySimulator.Render(
            new GalaxyModel([new DiscComponent(1e4, BandColour.Disc, new Placement(), 5)], new GalaxyParameters(0, 1, 5, 1, 0, 1e4, 1)), observation, seed: 3);
        var pixels = image.data<float>().ToArray();
        var single = Segmentation.AboveSky(pixels, size, size, observation.SkySigma);
        var smoothed = Segmentation.Detect(pixels, size, size, observation.SkySigma);
        int centre = (size / 2) * size + size / 2;
        Assert.True(smoothed[centre], "the smoothed segment holds the galaxy's centre");
        Assert.True(smoothed.Count(m => m) > 4 * single.Count(m => m), $"{smoothed.Count(m => m)} pixels smoothed against {single.Count(m => m)}");
        // all of it near the galaxy: within 4 scale lengths of the centre
        Assert.All(Enumerable.Range(0, pixels.Length).Where(i => smoothed[i]),
            i => Assert.True(Math.Sqrt(Math.Pow(i % size - size / 2, 2) + Math.Pow(i / size - size / 2, 2)) < 20, $"pixel {i}"));
    }
}
