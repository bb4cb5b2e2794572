using System.Runtime.InteropServices;

namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// The <c>Strided</c> kernel argument (see <see cref="CommonKernelSource"/>, same layout): an iteration space and,
/// for up to four operands, the start and strides (in elements) at which each finds its element. Dims of size 1
/// are dropped and neighbouring dims are merged where every operand is contiguous across them, so most tensors
/// arrive as one flat dim and the kernel's index arithmetic is a single multiply.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct StridedArgs
{
    public const int MaxRank = 8;
    public const int MaxOperands = 4;

    public long Rank;
    public long Count;
    public fixed long Size[MaxRank];
    public fixed long Offset[MaxOperands];
    public fixed long Stride[MaxOperands * MaxRank];

    /// <summary>The layout that walks <paramref name="shape"/> with each operand's (offset, strides).</summary>
    public static StridedArgs Create(long[] shape, params ReadOnlySpan<(long Offset, long[] Strides)> operands)
    {
        if (operands.Length > MaxOperands) throw new ArgumentException($"At most {MaxOperands} operands, got {operands.Length}.");
        var args = new StridedArgs { Count = Layout.Count(shape) };
        for (int k = 0; k < operands.Length; k++) args.Offset[k] = operands[k].Offset;
        int rank = 0;
        for (int d = 0; d < shape.Length; d++)
        {
            if (shape[d] == 1) continue;
            if (rank > 0 && MergesWithPrevious(ref args, rank - 1, shape[d], d, operands))
            {
                args.Size[rank - 1] *= shape[d];
                for (int k = 0; k < operands.Length; k++) args.Stride[k * MaxRank + rank - 1] = operands[k].Strides[d];
                continue;
            }
            if (rank == MaxRank)
                throw new NotSupportedException(
                    $"CUDA kernels take views of up to {MaxRank} dimensions once contiguous ones are merged; shape {Layout.Format(shape)} " +
                    "has more. Call .contiguous() on the operands first.");
            args.Size[rank] = shape[d];
            for (int k = 0; k < operands.Length; k++) args.Stride[k * MaxRank + rank] = operands[k].Strides[d];
            rank++;
        }
        args.Rank = rank;
        return args;
    }

    /// <summary>Dim d continues the kept dim <paramref name="previous"/> when, for every operand, stepping once in previous equals stepping over all of d.</summary>
    private static bool MergesWithPrevious(ref StridedArgs args, int previous, long size, int d, ReadOnlySpan<(long Offset, long[] Strides)> operands)
    {
        for (int k = 0; k < operands.Length; k++)
        {
            if (args.Stride[k * MaxRank + previous] != operands[k].Strides[d] * size) return false;
        }
        return true;
    }

    public readonly long SizeAt(int dim) => Size[dim];

    public readonly long OffsetOf(int operand) => Offset[operand];

    public readonly long StrideOf(int operand, int dim) => Stride[operand * MaxRank + dim];
}
