using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class utils
    {
        public static partial class data
        {
            /// <summary>
            /// Splits <paramref name="dataset"/> into disjoint random parts of the given sizes, which must add up to its
            /// length. The same generator seed gives the same split.
            /// </summary>
            public static Subset<T>[] random_split<T>(Dataset<T> dataset, long[] lengths, Generator? generator = null)
            {
                if (lengths.Any(n => n < 0))
                    throw new ArgumentException($"random_split: lengths [{string.Join(", ", lengths)}] must not be negative.");
                if (lengths.Sum() != dataset.Count)
                    throw new ArgumentException(
                        $"random_split: lengths [{string.Join(", ", lengths)}] add up to {lengths.Sum()} but the data set has {dataset.Count} items.");
                var order = (generator ?? default_generator).Permutation(dataset.Count);
                var parts = new Subset<T>[lengths.Length];
                long start = 0;
                for (int i = 0; i < lengths.Length; i++)
                {
                    parts[i] = new Subset<T>(dataset, order[(int)start..(int)(start + lengths[i])]);
                    start += lengths[i];
                }
                return parts;
            }

            /// <summary>
            /// Splits <paramref name="dataset"/> by fractions that add up to 1. As in PyTorch, each part gets
            /// floor(fraction × length) items and the items left over go one each to the parts in turn, from the first.
            /// </summary>
            public static Subset<T>[] random_split<T>(Dataset<T> dataset, double[] fractions, Generator? generator = null)
            {
                if (fractions.Any(f => !(f >= 0 && f <= 1)))
                    throw new ArgumentException($"random_split: fractions [{string.Join(", ", fractions)}] must each lie between 0 and 1.");
                if (Math.Abs(fractions.Sum() - 1) > 1e-9)
                    throw new ArgumentException(
                        $"random_split: fractions [{string.Join(", ", fractions)}] add up to {fractions.Sum()}; they must add up to 1 " +
                        "(or give the lengths as whole numbers).");
                var lengths = fractions.Select(f => (long)Math.Floor(dataset.Count * f)).ToArray();
                long remainder = dataset.Count - lengths.Sum();
                for (long i = 0; i < remainder; i++) lengths[i % lengths.Length]++;
                return random_split(dataset, lengths, generator);
            }
        }
    }
}
