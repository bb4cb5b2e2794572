namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Class indices (int64, any shape) to one-hot rows: a new last dimension of size num_classes with a 1 at
            /// each index. With num_classes = -1 it is one more than the largest index.
            /// </summary>
            public static Tensor one_hot(Tensor x, long num_classes = -1)
            {
                if (x.dtype != ScalarType.Int64)
                    throw new ArgumentException($"one_hot: needs int64 class indices, got a {x.dtype.Name()} tensor. Convert it with .@long().");
                if (num_classes < 0 && x.numel() == 0)
                    throw new ArgumentException("one_hot: cannot infer num_classes from an empty tensor; pass num_classes.");
                long low = x.numel() == 0 ? 0 : x.min().item<long>();
                long high = x.numel() == 0 ? -1 : x.max().item<long>();
                if (num_classes < 0) num_classes = high + 1;
                if (low < 0 || high >= num_classes)
                    throw new ArgumentException(
                        $"one_hot: class indices must lie in [0, {num_classes}), but they range from {low} to {high}.");
                var classes = arange(num_classes, ScalarType.Int64, x.device);
                return x.unsqueeze(-1).eq(classes).to_type(ScalarType.Int64);
            }
        }
    }
}
