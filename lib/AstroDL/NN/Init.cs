namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Weight initialisation, in place and without recording gradients (PyTorch's torch.nn.init). Each function
        /// returns the tensor it filled; random ones take an optional generator (the default one otherwise).
        /// </summary>
        public static partial class init
        {
            public enum NonlinearityType
            {
                Linear = 0,
                Conv1D = 1,
                Conv2D = 2,
                Conv3D = 3,
                ConvTranspose1D = 4,
                ConvTranspose2D = 5,
                ConvTranspose3D = 6,
                Sigmoid = 7,
                Tanh = 8,
                ReLU = 9,
                LeakyReLU = 10,
            }

            public enum FanInOut
            {
                FanIn = 0,
                FanOut = 1,
            }

            /// <summary>
            /// The factor that keeps the variance of activations steady through the nonlinearity; param is the
            /// negative slope of LeakyReLU (0.01 when not given).
            /// </summary>
            public static double calculate_gain(NonlinearityType nonlinearity, double? param = null) => nonlinearity switch
            {
                NonlinearityType.Tanh => 5.0 / 3,
                NonlinearityType.ReLU => Math.Sqrt(2),
                NonlinearityType.LeakyReLU => Math.Sqrt(2 / (1 + Math.Pow(param ?? 0.01, 2))),
                _ => 1,
            };

            /// <summary>(inputs, outputs) feeding each unit: [out, in] for a matrix, times the kernel size for convolutions.</summary>
            public static (long fanIn, long fanOut) CalculateFanInAndFanOut(Tensor tensor)
            {
                if (tensor.dim() < 2)
                    throw new ArgumentException(
                        $"init: fan in and fan out need a tensor with at least 2 dimensions, got {tensor.ShapeText}.");
                long receptiveField = 1;
                for (int i = 2; i < tensor.dims.Length; i++) receptiveField *= tensor.dims[i];
                return (tensor.dims[1] * receptiveField, tensor.dims[0] * receptiveField);
            }

            public static Tensor uniform_(Tensor tensor, double low = 0, double high = 1, Generator? generator = null) =>
                Fill(tensor, Uniform(tensor.dims, low, high, tensor.dtype, tensor.device, false, generator));

            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1, Generator? generator = null) =>
                Fill(tensor, normal(mean, std, tensor.dims, tensor.dtype, tensor.device, generator: generator));

            public static Tensor constant_(Tensor tensor, Scalar val)
            {
                using var _ = no_grad();
                return tensor.fill_(val);
            }

            public static Tensor zeros_(Tensor tensor) => constant_(tensor, 0);

            public static Tensor ones_(Tensor tensor) => constant_(tensor, 1);

            /// <summary>The identity matrix (ones on the diagonal of a 2-d tensor).</summary>
            public static Tensor eye_(Tensor tensor)
            {
                if (tensor.dim() != 2)
                    throw new ArgumentException($"init.eye_: needs a 2-d tensor, got {tensor.ShapeText}.");
                return Fill(tensor, eye(tensor.dims[0], tensor.dims[1], tensor.dtype, tensor.device));
            }

            /// <summary>Glorot: U(±gain·√(6 / (fan_in + fan_out))).</summary>
            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1.0, Generator? generator = null)
            {
                var bound = Math.Sqrt(3) * XavierStd(tensor, gain);
                return uniform_(tensor, -bound, bound, generator);
            }

            /// <summary>Glorot: N(0, gain²·2 / (fan_in + fan_out)).</summary>
            public static Tensor xavier_normal_(Tensor tensor, double gain = 1.0, Generator? generator = null) =>
                normal_(tensor, 0, XavierStd(tensor, gain), generator);

            /// <summary>He: U(±gain·√(3 / fan)), with the gain of the nonlinearity (a is LeakyReLU's negative slope).</summary>
            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU, Generator? generator = null)
            {
                var bound = Math.Sqrt(3) * KaimingStd(tensor, a, mode, nonlinearity);
                return uniform_(tensor, -bound, bound, generator);
            }

            /// <summary>He: N(0, gain² / fan), with the gain of the nonlinearity (a is LeakyReLU's negative slope).</summary>
            public static Tensor kaiming_normal_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU, Generator? generator = null) =>
                normal_(tensor, 0, KaimingStd(tensor, a, mode, nonlinearity), generator);

            public static Tensor glorot_uniform_(Tensor tensor, double gain = 1.0, Generator? generator = null) =>
                xavier_uniform_(tensor, gain, generator);

            public static Tensor glorot_normal_(Tensor tensor, double gain = 1.0, Generator? generator = null) =>
                xavier_normal_(tensor, gain, generator);

            /// <summary>
            /// PyTorch's default for Linear and convolution layers: kaiming_uniform_ with a = √5, which is U(±1/√fan_in), for
            /// the weight, and the same range for the bias.
            /// </summary>
            internal static void ResetLayer(Tensor weight, Tensor? bias)
            {
                kaiming_uniform_(weight, a: Math.Sqrt(5));
                if (bias is null) return;
                var (fanIn, _) = CalculateFanInAndFanOut(weight);
                var bound = fanIn > 0 ? 1 / Math.Sqrt(fanIn) : 0;
                uniform_(bias, -bound, bound);
            }

            private static double XavierStd(Tensor tensor, double gain)
            {
                var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
                return gain * Math.Sqrt(2.0 / (fanIn + fanOut));
            }

            private static double KaimingStd(Tensor tensor, double a, FanInOut mode, NonlinearityType nonlinearity)
            {
                var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
                var fan = mode == FanInOut.FanIn ? fanIn : fanOut;
                if (fan == 0)
                    throw new ArgumentException($"init.kaiming: the tensor {tensor.ShapeText} has no inputs (fan is 0); nothing to scale by.");
                return calculate_gain(nonlinearity, a) / Math.Sqrt(fan);
            }

            // Writes into the tensor's own memory, so parameters keep their identity (optimizers hold them).
            private static Tensor Fill(Tensor tensor, Tensor values)
            {
                using var _ = no_grad();
                return tensor.copy_(values);
            }
        }
    }
}
