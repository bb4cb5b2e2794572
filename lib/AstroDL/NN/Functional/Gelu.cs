namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// x·Φ(x), Φ the standard normal CDF (exact GELU, PyTorch's default). Φ comes from an erf approximation
            /// accurate to about 1e-7, finer than float32 resolution near 1.
            /// </summary>
            public static Tensor gelu(Tensor x)
            {
                Tensor cdf, pdf;
                using (no_grad())
                {
                    cdf = Erf(x.mul(Math.Sqrt(0.5))).add(1).mul(0.5);
                    pdf = x.square().mul(-0.5).exp().mul(1 / Math.Sqrt(2 * Math.PI));
                }
                var y = x.detach().mul(cdf);
                return y.WithGrad("gelu", [x], g => [g.mul(cdf.add(x.detach().mul(pdf)))], cdf, pdf).FirstOrderOnly();
            }

            // Abramowitz and Stegun 7.1.26: erf(|z|) = 1 - t·poly(t)·exp(-z²), t = 1/(1 + p·|z|); odd in z.
            private static Tensor Erf(Tensor z)
            {
                const double p = 0.3275911;
                double[] a = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];
                var magnitude = z.abs();
                var t = magnitude.mul(p).add(1).reciprocal();
                var poly = t.mul(a[4]);
                for (int i = 3; i >= 0; i--) poly = poly.add(a[i]).mul(t);
                var erfOfMagnitude = poly.mul(magnitude.square().neg().exp()).neg().add(1);
                return erfOfMagnitude.mul(z.sign());
            }
        }
    }
}
