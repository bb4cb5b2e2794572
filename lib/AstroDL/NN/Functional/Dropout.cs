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
                return training && p > 0 ? Drop(input, input.shape, p) : input;
            }

            /// <summary>
            /// Channel dropout for [N, C, H, W] (or unbatched [C, H, W]) input: in training each whole channel is zeroed with
            /// probability p (one draw per sample and channel from the default generator) and the rest scaled by 1/(1-p).
            /// </summary>
            public static Tensor dropout2d(Tensor input, double p = 0.5, bool training = true)
            {
                if (p is < 0 or > 1)
                    throw new ArgumentException($"dropout2d: p is the probability of dropping a channel and must lie in [0, 1], got {p}.");
                if (input.dim() is not (3 or 4))
                    throw new ArgumentException($"dropout2d: expects [N, C, H, W] or [C, H, W] input, got {input.ShapeText}.");
                if (!training || p == 0) return input;
                var maskShape = input.shape;
                maskShape[^1] = maskShape[^2] = 1;
                return Drop(input, maskShape, p);
            }

            // One keep/drop draw per element of maskShape, broadcast over the input.
            private static Tensor Drop(Tensor input, long[] maskShape, double p)
            {
                if (p == 1) return input.mul(0);
                var keep = rand(maskShape, input.dtype, input.device).ge(p);
                return input.mul(keep.to_type(input.dtype).mul(1 / (1 - p)));
            }
        }
    }
}
