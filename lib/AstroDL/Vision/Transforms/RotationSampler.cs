using static AstroDL.torch;

namespace AstroDL.Vision.Transforms;

/// <summary>
/// Rotates an image [C, H, W] about a centre by resampling: every output pixel reads the input at the point the inverse
/// rotation takes it to. Points outside the input read the fill value, so with bilinear interpolation the border blends
/// into the fill as in torchvision. Built from index_select and products, so it runs on any device and is differentiable.
/// </summary>
internal static class RotationSampler
{
    /// <param name="degrees">Counter-clockwise as the image is shown (row 0 at the top).</param>
    /// <param name="centreX">The centre of rotation in pixel-index coordinates (column; (W − 1)/2 is the middle).</param>
    /// <param name="centreY">The centre of rotation in pixel-index coordinates (row).</param>
    /// <param name="fill">One value per channel, or one for all.</param>
    public static Tensor Rotate(Tensor image, double degrees, torch.InterpolationMode mode, double centreX, double centreY, float[] fill)
    {
        long channels = image.shape[0], height = image.shape[1], width = image.shape[2];
        if (fill.Length != 1 && fill.Length != channels)
            throw new ArgumentException($"Rotate: fill has {fill.Length} values for an image of {channels} channels (give one, or one per channel).");
        var taps = Taps(height, width, degrees, mode, centreX, centreY, out var outside);
        var flat = image.reshape(channels, height * width);
        Tensor? result = null;
        foreach (var (index, weight) in taps)
        {
            var term = flat.index_select(1, tensor(index, device: image.device)).mul(tensor(weight, dtype: image.dtype, device: image.device));
            result = result is null ? term : result.add(term);
        }
        var fillColumn = tensor(fill, [fill.Length, 1], image.dtype, image.device);
        result = result!.add(fillColumn.mul(tensor(outside, [1, height * width], image.dtype, image.device)));
        return result.view(channels, height, width);
    }

    /// <summary>
    /// For each output pixel (row-major), the input pixels it reads and their weights, one (index, weight) array pair per
    /// tap (one for nearest, four for bilinear); taps that fall outside the image read index 0 with weight 0 and add
    /// their weight to <paramref name="outside"/> instead.
    /// </summary>
    private static List<(long[] index, double[] weight)> Taps(long height, long width, double degrees, torch.InterpolationMode mode,
        double centreX, double centreY, out double[] outside)
    {
        double radians = degrees * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        long pixels = height * width;
        int count = mode == torch.InterpolationMode.Bilinear ? 4 : 1;
        var taps = Enumerable.Range(0, count).Select(_ => (index: new long[pixels], weight: new double[pixels])).ToList();
        outside = new double[pixels];
        for (long row = 0; row < height; row++)
        {
            for (long column = 0; column < width; column++)
            {
                long pixel = row * width + column;
                double dx = column - centreX, dy = row - centreY;
                // The inverse rotation: with rows growing downward, a counter-clockwise turn by θ maps the output offset
                // (dx, dy) back to (dx·cos θ − dy·sin θ, dx·sin θ + dy·cos θ) in the input.
                double x = centreX + dx * cos - dy * sin, y = centreY + dx * sin + dy * cos;
                if (count == 1)
                {
                    Set(taps[0], pixel, Math.Round(y), Math.Round(x), 1, height, width, outside);
                    continue;
                }
                double x0 = Math.Floor(x), y0 = Math.Floor(y), fx = x - x0, fy = y - y0;
                Set(taps[0], pixel, y0, x0, (1 - fy) * (1 - fx), height, width, outside);
                Set(taps[1], pixel, y0, x0 + 1, (1 - fy) * fx, height, width, outside);
                Set(taps[2], pixel, y0 + 1, x0, fy * (1 - fx), height, width, outside);
                Set(taps[3], pixel, y0 + 1, x0 + 1, fy * fx, height, width, outside);
            }
        }
        return taps;
    }

    private static void Set((long[] index, double[] weight) tap, long pixel, double row, double column, double weight, long height, long width,
        double[] outside)
    {
        if (row >= 0 && row < height && column >= 0 && column < width)
        {
            tap.index[pixel] = (long)row * width + (long)column;
            tap.weight[pixel] = weight;
        }
        else
        {
            outside[pixel] += weight;
        }
    }
}
