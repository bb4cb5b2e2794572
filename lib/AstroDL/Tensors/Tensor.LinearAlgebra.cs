using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>
        /// Matrix product with NumPy semantics: 1-d·1-d is a dot product, 2-d·2-d a matrix product, and leading
        /// dimensions are batch dimensions that broadcast.
        /// </summary>
        public Tensor matmul(Tensor other)
        {
            CheckSameDevice("matmul", this, other);
            if (dims.Length == 0 || other.dims.Length == 0)
                throw new ArgumentException($"matmul: both arguments need at least one dimension, got {ShapeText} and {other.ShapeText}.");
            var a = dims.Length == 1 ? unsqueeze(0) : this;
            var b = other.dims.Length == 1 ? other.unsqueeze(1) : other;
            long m = a.dims[^2], k = a.dims[^1], k2 = b.dims[^2], n = b.dims[^1];
            if (k != k2)
                throw new ArgumentException($"matmul: {ShapeText} x {other.ShapeText}: inner sizes {k} and {k2} differ.");
            var result = a.dims.Length == 2 && b.dims.Length == 2 && a.dtype == b.dtype
                ? MatrixProduct(a, b, m, k, n)
                : BatchedProduct(a, b, Layout.TryBroadcast(a.dims[..^2], b.dims[..^2]) ?? throw new ArgumentException(
                    $"matmul: batch dimensions of {ShapeText} and {other.ShapeText} cannot be broadcast together."), m, k, n);
            if (dims.Length == 1) result = result.squeeze(-2);
            if (other.dims.Length == 1) result = result.squeeze(-1);
            return result;
        }

        /// <summary>The plain 2-d case, which needs no batch bookkeeping (the common case of a training step).</summary>
        private static Tensor MatrixProduct(Tensor a, Tensor b, long m, long k, long n)
        {
            var c = Empty([m, n], a.dtype, a.device);
            a.Backend.MatMul(new View(a.storage, a.offset, [1, m, k], [0, a.strides[0], a.strides[1]]),
                new View(b.storage, b.offset, [1, k, n], [0, b.strides[0], b.strides[1]]), new View(c.storage, 0, [1, m, n], [0, n, 1]));
            return WithProductGradient(c, a, b);
        }

        private static Tensor BatchedProduct(Tensor a, Tensor b, long[] batch, long m, long k, long n)
        {
            long count = Layout.Count(batch);
            var type = Promote(a.dtype, b.dtype);
            var a3 = AsBatch(a.to_type(type), batch, count, m, k);
            var b3 = AsBatch(b.to_type(type), batch, count, k, n);
            var c = Empty([count, m, n], type, a.device);
            a.Backend.MatMul(a3, b3, c.View);
            return WithProductGradient(c.view([.. batch, m, n]), a, b);
        }

        private static Tensor WithProductGradient(Tensor result, Tensor a, Tensor b) =>
            // Only the gradients that flow somewhere are computed (a layer's input usually needs none).
            result.WithGrad("matmul", [a, b], g =>
            [
                a.requires_grad ? SumTo(g.matmul(b.mT), a.dims) : null,
                b.requires_grad ? SumTo(a.mT.matmul(g), b.dims) : null,
            ], a, b);

        /// <summary>A [count, rows, cols] view of x broadcast to the batch shape (copying only when batch dims cannot merge).</summary>
        private static View AsBatch(Tensor x, long[] batch, long count, long rows, long cols)
        {
            var expanded = x.expand([.. batch, rows, cols]);
            long batchStride = 0;
            bool mergeable = true;
            for (int i = batch.Length - 1, expected = -1; i >= 0; i--)
            {
                if (batch[i] == 1) continue;
                long s = expanded.strides[i];
                if (expected == -1)
                {
                    batchStride = s;
                    expected = 0;
                }
                else if (s != batchStride * Layout.Count(batch.AsSpan(i + 1)))
                {
                    mergeable = false;
                }
            }
            if (!mergeable) expanded = expanded.contiguous();
            if (!mergeable) batchStride = rows * cols;
            return new View(expanded.storage, expanded.offset, [count, rows, cols],
                [batchStride, expanded.strides[^2], expanded.strides[^1]]);
        }

        public Tensor mm(Tensor other)
        {
            if (dims.Length != 2 || other.dims.Length != 2)
                throw new ArgumentException($"mm: expects two matrices, got {ShapeText} and {other.ShapeText}.");
            return matmul(other);
        }

        public Tensor bmm(Tensor other)
        {
            if (dims.Length != 3 || other.dims.Length != 3 || dims[0] != other.dims[0])
                throw new ArgumentException($"bmm: expects two 3-d tensors with the same batch size, got {ShapeText} and {other.ShapeText}.");
            return matmul(other);
        }

        public Tensor dot(Tensor other)
        {
            if (dims.Length != 1 || other.dims.Length != 1)
                throw new ArgumentException($"dot: expects two vectors, got {ShapeText} and {other.ShapeText}.");
            return matmul(other);
        }

        public Tensor outer(Tensor other) => unsqueeze(1).mul(other.unsqueeze(0));
    }

    public static Tensor matmul(Tensor a, Tensor b) => a.matmul(b);
    public static Tensor mm(Tensor a, Tensor b) => a.mm(b);
    public static Tensor bmm(Tensor a, Tensor b) => a.bmm(b);
}
