namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>How a loss turns its per-element values into the result (TorchSharp's names and values).</summary>
        public enum Reduction : long
        {
            /// <summary>No reduction: one loss value per element (or per sample for class losses).</summary>
            None = 0,

            /// <summary>The average (weighted losses divide by the sum of the weights used).</summary>
            Mean = 1,

            /// <summary>The sum of all values.</summary>
            Sum = 2,
        }

        public static partial class functional
        {
            /// <summary>
            /// Applies a reduction to unreduced losses. <paramref name="total"/> is the divisor of the mean when it is
            /// not the element count (the sum of the class weights that were picked, for weighted class losses).
            /// </summary>
            private static Tensor Reduce(Tensor losses, Reduction reduction, Tensor? total = null) => reduction switch
            {
                Reduction.None => losses,
                Reduction.Sum => losses.sum(),
                Reduction.Mean => total is null ? losses.mean() : losses.sum().div(total),
                _ => throw new ArgumentOutOfRangeException(nameof(reduction), $"Unknown reduction {reduction}; use Reduction.None, Mean or Sum."),
            };
        }
    }
}
