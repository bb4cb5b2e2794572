namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class init
        {
            /// <summary>
            /// Fills a tensor (2 or more dimensions, viewed as [size(0), rest]) with a random (semi-)orthogonal matrix times
            /// gain: the Q of the QR decomposition of a standard normal matrix, signs fixed so R has a positive diagonal,
            /// which makes Q uniformly distributed. Orthogonal recurrent weights keep gradients from exploding or vanishing early on.
            /// </summary>
            public static Tensor orthogonal_(Tensor tensor, double gain = 1.0, Generator? generator = null)
            {
                if (tensor.dim() < 2)
                    throw new ArgumentException($"init.orthogonal_: needs a tensor with at least 2 dimensions, got {tensor.ShapeText}.");
                if (tensor.numel() == 0) return tensor;
                long rows = tensor.shape[0], cols = tensor.numel() / rows;
                // Orthonormalize along the longer side: the columns of a tall matrix.
                bool wide = rows < cols;
                long tall = Math.Max(rows, cols), narrow = Math.Min(rows, cols);
                var a = normal(0, 1, [tall, narrow], ScalarType.Float64, CPU, generator: generator).data<double>().ToArray();
                var q = OrthonormalColumns(a, (int)tall, (int)narrow);
                var values = new double[rows * cols];
                for (long i = 0; i < tall; i++)
                {
                    for (long j = 0; j < narrow; j++)
                    {
                        var v = gain * q[i * narrow + j];
                        if (wide) values[j * cols + i] = v;
                        else values[i * cols + j] = v;
                    }
                }
                return Fill(tensor, torch.tensor(values, tensor.shape, tensor.dtype, tensor.device));
            }

            // Modified Gram–Schmidt, each projection done twice ("twice is enough") so the columns stay orthogonal to
            // rounding error; the diagonal of the implied R is positive, which is the sign convention orthogonal_ wants.
            private static double[] OrthonormalColumns(double[] a, int rows, int cols)
            {
                var q = (double[])a.Clone();
                for (int j = 0; j < cols; j++)
                {
                    for (int pass = 0; pass < 2; pass++)
                    {
                        for (int k = 0; k < j; k++)
                        {
                            double dot = 0;
                            for (int i = 0; i < rows; i++) dot += q[i * cols + k] * q[i * cols + j];
                            for (int i = 0; i < rows; i++) q[i * cols + j] -= dot * q[i * cols + k];
                        }
                    }
                    double norm = 0;
                    for (int i = 0; i < rows; i++) norm += q[i * cols + j] * q[i * cols + j];
                    norm = Math.Sqrt(norm);
                    for (int i = 0; i < rows; i++) q[i * cols + j] /= norm;
                }
                return q;
            }
        }
    }
}
