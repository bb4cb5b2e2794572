namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// In training, zeroes each element with probability p (drawn from the default generator, so
            /// torch.manual_seed makes it repeatable) and scales the rest by 1/(1-p), keeping the expected value.
            /// Outside training it returns the input unchanged.
            /// </summary>
            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true)
            {
                if (p is < 0 or > 1)
                    throw new ArgumentException($"dropout: p is the probability of dropping a unit and must lie in [0, 1], got {p}.");
                if (!training || p == 0) return input;
                if (p == 1) return input.mul(0);
                var keep = rand(input.shape, input.dtype, input.device).ge(p);
                return input.mul(keep.to_type(input.dtype).mul(1 / (1 - p)));
            }
        }
    }
}
