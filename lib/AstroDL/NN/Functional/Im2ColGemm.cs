using AstroDL.Backends;
using static AstroDL.torch;

namespace AstroDL;

/// <summary>
/// Convolution as matrix products over unfolded images (im2col + GEMM), in chunks of images so the column buffer stays
/// a few megabytes. The geometry g describes the image side (C channels, H x W) and the grid side (OH x OW). Weights
/// are read as a [R, C/G·kH·kW] matrix, split into G groups of R/G rows that see C/G channels each:
/// <list type="bullet">
/// <item>Gather: grid[n] = W · im2col(image[n]) (convolution forward; transposed convolution input gradient)</item>
/// <item>Scatter: image[n] += col2im(Wᵀ · grid[n]) (convolution input gradient; transposed convolution forward)</item>
/// <item>WeightGradient: Σₙ grid[n] · im2col(image[n])ᵀ (the weight gradient of both)</item>
/// </list>
/// Images [N, C, H, W] and grids [N, R, OH, OW] are contiguous tensors.
/// </summary>
internal static class Im2ColGemm
{
    /// <summary>Elements of column buffer per chunk: big enough for efficient products, small enough to stay in cache.</summary>
    private const long ColumnBudget = 1 << 20;

    /// <summary>Gather into grid, or add to what grid holds (a bias) with accumulate.</summary>
    public static void Gather(Tensor image, Tensor weight, Tensor grid, ConvGeometry g, long groups, bool accumulate)
    {
        var chunks = new Chunks(image, grid, g, groups);
        for (long n = 0; n < chunks.Images; n += chunks.Size)
        {
            var cols = chunks.Columns(n);
            image.Backend.Im2Col(chunks.Image(n), cols, g);
            for (long group = 0; group < groups; group++)
                image.Backend.MatMul(chunks.Weight(weight, n, group, transposed: false), chunks.GroupOfColumns(cols, group), chunks.Grid(n, group),
                    accumulate);
        }
    }

    public static void Scatter(Tensor grid, Tensor weight, Tensor image, ConvGeometry g, long groups)
    {
        var chunks = new Chunks(image, grid, g, groups);
        for (long n = 0; n < chunks.Images; n += chunks.Size)
        {
            var cols = chunks.Columns(n);
            for (long group = 0; group < groups; group++)
                image.Backend.MatMul(chunks.Weight(weight, n, group, transposed: true), chunks.Grid(n, group), chunks.GroupOfColumns(cols, group));
            image.Backend.Col2Im(cols, chunks.Image(n), g);
        }
    }

    /// <summary>
    /// The weight gradient as an [R, C/G·kH·kW] matrix: the per-image products summed as they are made (into a matrix
    /// shared by the batch). Each product is formed transposed, im2col(image)·gridᵀ, so the large column matrix is the
    /// row-major operand that packs fastest.
    /// </summary>
    public static Tensor WeightGradient(Tensor image, Tensor grid, ConvGeometry g, long groups)
    {
        var chunks = new Chunks(image, grid, g, groups);
        var backend = image.Backend;
        long rows = grid.dims[1] / groups, taps = g.ColumnRows / groups;
        var total = Tensor.Empty([groups, taps, rows], image.dtype, image.device);
        for (long n = 0; n < chunks.Images; n += chunks.Size)
        {
            var cols = chunks.Columns(n);
            backend.Im2Col(chunks.Image(n), cols, g);
            long count = cols.Shape[0];
            for (long group = 0; group < groups; group++)
            {
                var gridT = chunks.Grid(n, group);
                gridT = gridT.With([count, gridT.Shape[2], gridT.Shape[1]], [gridT.Strides[0], 1, gridT.Strides[1]]);
                var sum = new View(total.storage, group * taps * rows, [count, taps, rows], [0, rows, 1]);
                backend.MatMul(chunks.GroupOfColumns(cols, group), gridT, sum, accumulate: n > 0);
            }
        }
        // [groups, taps, rows] to [groups·rows, taps]: a small copy.
        return total.transpose(1, 2).reshape(groups * rows, taps);
    }

    /// <summary>Views of one chunk of images: the image block, its column buffer, the grid block, the weight of a group.</summary>
    private sealed class Chunks
    {
        private readonly Tensor image, grid;
        private readonly Tensor buffer;
        private readonly long groups, imageSize, gridRows, columnRows, columnLength;

        public Chunks(Tensor image, Tensor grid, ConvGeometry g, long groups)
        {
            this.image = image;
            this.grid = grid;
            this.groups = groups;
            Images = image.dims[0];
            imageSize = g.Channels * g.Height * g.Width;
            gridRows = grid.dims[1];
            columnRows = g.ColumnRows;
            columnLength = g.ColumnLength;
            Size = Math.Clamp(ColumnBudget / Math.Max(columnRows * columnLength, 1), 1, Math.Max(Images, 1));
            buffer = Tensor.Empty([Size, columnRows, columnLength], image.dtype, image.device);
        }

        public long Images { get; }

        public long Size { get; }

        private long Count(long first) => Math.Min(Size, Images - first);

        public View Image(long first) => Contiguous(image, first * imageSize, [Count(first), .. image.dims[1..]]);

        public View Columns(long first) => Contiguous(buffer, 0, [Count(first), columnRows, columnLength]);

        /// <summary>The rows of a column buffer that one group's weights multiply.</summary>
        public View GroupOfColumns(View cols, long group)
        {
            long rows = columnRows / groups;
            return new View(cols.Storage, cols.Offset + group * rows * columnLength, [cols.Shape[0], rows, columnLength], [columnRows * columnLength, columnLength, 1]);
        }

        /// <summary>The grid block of one group: [images, R/G, OH·OW] (as long as a column row) with the batch stride of the whole grid.</summary>
        public View Grid(long first, long group)
        {
            long rows = gridRows / groups;
            return new View(grid.storage, grid.offset + (first * gridRows + group * rows) * columnLength, [Count(first), rows, columnLength],
                [gridRows * columnLength, columnLength, 1]);
        }

        /// <summary>One group's weight matrix [R/G, taps] (or its transpose), repeated for every image of the chunk (batch stride 0).</summary>
        public View Weight(Tensor weight, long first, long group, bool transposed)
        {
            long rows = gridRows / groups, taps = columnRows / groups;
            long at = weight.offset + group * rows * taps;
            return transposed
                ? new View(weight.storage, at, [Count(first), taps, rows], [0, 1, taps])
                : new View(weight.storage, at, [Count(first), rows, taps], [0, taps, 1]);
        }

        private static View Contiguous(Tensor t, long offset, long[] shape) =>
            new(t.storage, t.offset + offset, shape, Layout.ContiguousStrides(shape));
    }
}
