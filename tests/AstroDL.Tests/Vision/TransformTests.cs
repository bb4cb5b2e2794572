using static AstroDL.torch;
using static AstroDL.torchvision;

namespace AstroDL.Tests.Vision;

public class TransformTests
{
    // A 1-channel 3 x 4 image with distinct pixels 0..11 (row-major).
    private static Tensor Image() => arange(12, float32).view(1, 3, 4);

    private static float[] Values(Tensor t) => t.contiguous().data<float>().ToArray();

    [Fact]
    public void FlipsMirrorExactly()
    {
        Assert.Equal([3f, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8], Values(transforms.HorizontalFlip().call(Image())));
        Assert.Equal([8f, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3], Values(transforms.VerticalFlip().call(Image())));
        var batch = stack([Image(), Image().add(100)]);
        var flipped = transforms.HorizontalFlip().call(batch);
        Assert.Equal([2L, 1, 3, 4], flipped.shape);
        Assert.True(flipped[1].equal(transforms.HorizontalFlip().call(Image().add(100))));
    }

    [Fact]
    public void RandomFlipsFlipEachImageOfABatchWithProbabilityP()
    {
        var batch = Image().expand(400, 1, 3, 4);
        var mirrored = transforms.HorizontalFlip().call(Image());
        var result = transforms.RandomHorizontalFlip(0.3, new Generator(1)).call(batch);
        int flips = Enumerable.Range(0, 400).Count(i => result[i].equal(mirrored));
        int kept = Enumerable.Range(0, 400).Count(i => result[i].equal(Image()));
        Assert.Equal(400, flips + kept);
        Assert.InRange(flips, 90, 150);
        Assert.True(transforms.RandomVerticalFlip(0).call(batch).equal(batch));
        Assert.True(transforms.RandomVerticalFlip(1).call(Image()).equal(transforms.VerticalFlip().call(Image())));
    }

    [Fact]
    public void SameSeedSameAugmentation()
    {
        var batch = rand([16, 3, 8, 8], generator: new Generator(2));
        ITransform Pipeline(ulong seed)
        {
            var g = new Generator(seed);
            return transforms.Compose(transforms.RandomHorizontalFlip(generator: g), transforms.RandomRot90(g),
                transforms.RandomRotation(30, InterpolationMode.Bilinear, generator: g), transforms.RandomCrop(6, padding: 1, generator: g),
                transforms.GaussianNoise(sigma: 0.05, generator: g), transforms.ColorJitter(0.2, 0.2, g));
        }
        var first = Pipeline(7).call(batch);
        Assert.True(first.equal(Pipeline(7).call(batch)));
        Assert.False(first.equal(Pipeline(8).call(batch)));
        Assert.Equal([16L, 3, 6, 6], first.shape);

        manual_seed(3);
        var viaDefault = transforms.RandomRot90().call(batch);
        manual_seed(3);
        Assert.True(viaDefault.equal(transforms.RandomRot90().call(batch)));
    }

    [Fact]
    public void RandomRot90GivesEveryQuarterTurn()
    {
        var image = arange(9, float32).view(1, 3, 3);
        var turns = Enumerable.Range(0, 4).Select(k => image.rot90(k, (-2, -1))).ToArray();
        var result = transforms.RandomRot90(new Generator(4)).call(image.expand(200, 1, 3, 3));
        var counts = new int[4];
        for (int i = 0; i < 200; i++) counts[Array.FindIndex(turns, t => t.equal(result[i]))]++;
        Assert.All(counts, c => Assert.InRange(c, 30, 70));
        var e = Assert.Throws<ArgumentException>(() => transforms.RandomRot90().call(Image()));
        Assert.Contains("square", e.Message);
    }

    [Fact]
    public void RotateByQuarterTurnsMatchesRot90()
    {
        var image = rand([2, 5, 5], generator: new Generator(5));
        foreach (var mode in new[] { InterpolationMode.Nearest, InterpolationMode.Bilinear })
        {
            Assert.True(transforms.Rotate(90, mode).call(image).allclose(image.rot90(1, (-2, -1)), atol: 1e-5), $"{mode} 90°");
            Assert.True(transforms.Rotate(180, mode).call(image).allclose(image.flip(-2, -1), atol: 1e-5), $"{mode} 180°");
            Assert.True(transforms.Rotate(-90, mode).call(image).allclose(image.rot90(-1, (-2, -1)), atol: 1e-5), $"{mode} −90°");
            Assert.True(transforms.Rotate(0, mode).call(image).allclose(image), $"{mode} 0°");
        }
    }

    [Fact]
    public void RotationIsCounterClockwiseAboutTheCentre()
    {
        // A point two pixels above the centre of a 9 x 9 image ends two pixels left of it after a quarter turn.
        var image = zeros(1, 9, 9);
        image[0, 2, 4] = tensor(1f);
        var turned = transforms.Rotate(90).call(image);
        Assert.Equal(1f, turned[0, 4, 2].item<float>());
        Assert.Equal(1f, turned.sum().item<float>());
        // About the top-left pixel's centre (center is measured from the corner) the same pixel leaves the image.
        var aboutCorner = transforms.Rotate(90, center: (1, 1)).call(image);
        Assert.Equal(0f, aboutCorner.sum().item<float>());
    }

    [Fact]
    public void BilinearRotationKeepsFlatImagesFlatAndFillsTheCorners()
    {
        var flat = full([2, 7, 7], 0.5f);
        var same = transforms.Rotate(33, InterpolationMode.Bilinear, fill: [0.5f]).call(flat);
        Assert.True(same.allclose(flat, atol: 1e-6));
        var filled = transforms.Rotate(45, InterpolationMode.Bilinear, fill: [1f, -1f]).call(flat);
        Assert.Equal(0.5f, filled[0, 3, 3].item<float>(), 5);
        Assert.Equal(1f, filled[0, 0, 0].item<float>(), 5);
        Assert.Equal(-1f, filled[1, 0, 0].item<float>(), 5);
        Assert.Throws<ArgumentException>(() => transforms.Rotate(45, fill: [1f, 2f, 3f]).call(flat));
    }

    [Fact]
    public void RandomRotationStaysInItsRange()
    {
        // A bright pixel three pixels right of the centre; the weighted centroid of the turned image shows the angle.
        var image = zeros(1, 9, 9);
        image[0, 4, 7] = tensor(1f);
        var turned = transforms.RandomRotation((10, 80), InterpolationMode.Bilinear, generator: new Generator(6)).call(image.expand(50, 1, 9, 9));
        var coordinates = arange(9, float32).sub(4);
        var angles = Enumerable.Range(0, 50).Select(i =>
        {
            var weights = turned[i, 0];
            var x = weights.sum(0).mul(coordinates).sum().div(weights.sum()).item<float>();
            var up = -weights.sum(1).mul(coordinates).sum().div(weights.sum()).item<float>();
            return Math.Atan2(up, x) * 180 / Math.PI;
        }).ToArray();
        Assert.All(angles, a => Assert.InRange(a, 5, 85));
        Assert.True(angles.Min() < 25 && angles.Max() > 65, $"angles from {angles.Min()} to {angles.Max()}");
        Assert.Throws<ArgumentException>(() => transforms.RandomRotation((10, -10)));
    }

    [Fact]
    public void RandomCropCutsWindowsOfThePaddedImage()
    {
        var image = Image().add(1);
        var padded = zeros(1, 7, 8);
        padded[.., 2..5, 2..6] = image;
        var windows = new List<Tensor>();
        for (int top = 0; top <= 4; top++)
            for (int left = 0; left <= 4; left++) windows.Add(padded[.., top..(top + 3), left..(left + 4)]);
        var crops = transforms.RandomCrop((3, 4), padding: 2, generator: new Generator(8)).call(image.expand(100, 1, 3, 4));
        var seen = new HashSet<int>();
        for (int i = 0; i < 100; i++)
        {
            int w = windows.FindIndex(win => win.equal(crops[i]));
            Assert.True(w >= 0, $"crop {i} is not a window of the padded image");
            seen.Add(w);
        }
        Assert.True(seen.Count > 15, $"only {seen.Count} of 25 positions used");
        Assert.True(transforms.RandomCrop((3, 4)).call(image).equal(image));
        Assert.Equal(9f, transforms.RandomCrop(11, padding: 4, fill: 9).call(image)[0, 0, 0].item<float>());
        Assert.Throws<ArgumentException>(() => transforms.RandomCrop(5).call(image));
    }

    [Fact]
    public void GaussianNoiseHasItsMeanAndSpread()
    {
        var noisy = transforms.GaussianNoise(0.2, 0.1, clip: false, generator: new Generator(9)).call(zeros(4, 3, 50, 50));
        Assert.InRange(noisy.mean().item<float>(), 0.195, 0.205);
        Assert.InRange(noisy.std().item<float>(), 0.098, 0.102);
        Assert.False(noisy[0].equal(noisy[1]));
        var clipped = transforms.GaussianNoise(sigma: 0.5, generator: new Generator(9)).call(full([1, 40, 40], 0.5f));
        Assert.InRange(clipped.min().item<float>(), 0, 0);
        Assert.InRange(clipped.max().item<float>(), 1, 1);
    }

    [Fact]
    public void BrightnessScalesAndClamps()
    {
        var image = tensor(new float[] { 0, 0.2f, 0.6f, 1 }, [1, 2, 2]);
        Assert.Equal([0f, 0.1f, 0.3f, 0.5f], Values(transforms.AdjustBrightness(0.5).call(image)));
        Assert.Equal([0f, 0.4f, 1, 1], Values(transforms.AdjustBrightness(2).call(image)));

        var grey = full([1, 4, 4], 0.5f).expand(300, 1, 4, 4);
        var factors = transforms.ColorJitter(brightness: 0.4, generator: new Generator(10)).call(grey)[.., 0, 0, 0].mul(2);
        Assert.InRange(factors.min().item<float>(), 0.6f, 0.65f);
        Assert.InRange(factors.max().item<float>(), 1.35f, 1.4f);
        Assert.InRange(factors.mean().item<float>(), 0.97f, 1.03f);
    }

    [Fact]
    public void ContrastSpreadsAboutTheMeanGrey()
    {
        var image = tensor(new float[] { 0.4f, 0.45f, 0.55f, 0.6f }, [1, 2, 2]);
        var result = transforms.ColorJitter(contrast: 0.5, generator: new Generator(11)).call(image.expand(20, 1, 2, 2));
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(0.5f, result[i].mean().item<float>(), 5);
            var factor = (result[i][0, 1, 1] - result[i][0, 0, 0]).item<float>() / 0.2f;
            Assert.InRange(factor, 0.5f - 1e-5f, 1.5f + 1e-5f);
        }
    }

    [Fact]
    public void ComposeAppliesInOrderAndShapesAreChecked()
    {
        var image = Image();
        Assert.True(transforms.Compose(transforms.HorizontalFlip(), transforms.HorizontalFlip()).call(image).equal(image));
        var flipThenCrop = transforms.Compose(transforms.HorizontalFlip(), transforms.RandomCrop((3, 4))).call(image);
        Assert.True(flipThenCrop.equal(transforms.HorizontalFlip().call(image)));
        var e = Assert.Throws<ArgumentException>(() => transforms.HorizontalFlip().call(zeros(3, 4)));
        Assert.Contains("[C, H, W]", e.Message);
    }

    [Fact]
    public void InterpolationModeIsOneEnumForTorchAndTorchvision()
    {
        // With both `using static` lines, as in the notebooks, InterpolationMode names torch's enum alone; the modes the
        // rotation does not implement are refused by name.
        Assert.Equal(typeof(torch.InterpolationMode), InterpolationMode.Bilinear.GetType());
        var e = Assert.Throws<NotSupportedException>(() => transforms.Rotate(10, InterpolationMode.Bicubic));
        Assert.Contains("Bicubic", e.Message);
    }
}
