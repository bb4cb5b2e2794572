namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>x divided by its p-norm along dim, the norm held at least eps (so zero vectors stay zero).</summary>
            public static Tensor normalize(Tensor input, double p = 2, long dim = 1, double eps = 1e-12)
            {
                var norm = p == 2 ? input.square().sum(dim, keepdim: true).sqrt() : input.abs().pow(p).sum(dim, keepdim: true).pow(1 / p);
                return input.div(norm.clamp_min(eps));
            }

            /// <summary>The cosine of the angle between x1 and x2 along dim, each norm held at least eps (PyTorch 2's form).</summary>
            public static Tensor cosine_similarity(Tensor x1, Tensor x2, long dim = 1, double eps = 1e-8)
            {
                var n1 = x1.square().sum(dim, keepdim: true).sqrt().clamp_min(eps);
                var n2 = x2.square().sum(dim, keepdim: true).sqrt().clamp_min(eps);
                return x1.div(n1).mul(x2.div(n2)).sum(dim);
            }
        }
    }
}
