using static AstroDL.torch;

namespace AstroDL;

/// <summary>
/// The windows of adaptive pooling: output i of n along a dimension of size L covers floor(i·L/n) to ceil((i+1)·L/n),
/// PyTorch's tiling. Max pooling over rectangles is separable, so 2-d pooling runs this along each dimension.
/// </summary>
internal static class AdaptiveWindows
{
    public static void CheckSize(string who, long outputSize)
    {
        if (outputSize <= 0) throw new ArgumentException($"{who}: output_size must be positive, got {outputSize}.");
    }

    /// <summary>Requires [N, C, spatial...] or [C, spatial...] with non-empty spatial dimensions.</summary>
    public static void CheckInput(string who, Tensor input, int spatial)
    {
        if (input.dim() != spatial + 1 && input.dim() != spatial + 2)
            throw new ArgumentException($"{who}: expects an input with {spatial + 1} or {spatial + 2} dimensions ([C, ...] or [N, C, ...]), got {input.ShapeText}.");
        if (input.shape[^spatial..].Any(s => s == 0))
            throw new ArgumentException($"{who}: the input {input.ShapeText} has an empty spatial dimension.");
    }

    /// <summary>The maximum over each adaptive window along dim (gradient to the maximum, as amax).</summary>
    public static Tensor Max(Tensor input, long dim, long outputSize)
    {
        dim = dim < 0 ? dim + input.dim() : dim;
        long size = input.shape[dim];
        var windows = new Tensor[outputSize];
        for (long i = 0; i < outputSize; i++)
        {
            long start = i * size / outputSize, end = ((i + 1) * size + outputSize - 1) / outputSize;
            windows[i] = input.narrow(dim, start, end - start).amax([dim], keepdim: true);
        }
        return cat(windows, dim);
    }
}
