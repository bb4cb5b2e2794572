using AstroDL.Randomness;

namespace AstroDL;

public static partial class torch
{
    /// <summary>
    /// A seeded source of random numbers: a Philox key (the seed) and a counter that advances with
    /// every draw. Two generators with the same seed give the same numbers in the same order.
    /// </summary>
    public sealed class Generator
    {
        public Generator(ulong seed = 67280421310721UL) => manual_seed(seed);

        public ulong Seed { get; private set; }
        internal ulong Offset { get; private set; }

        public Generator manual_seed(ulong seed)
        {
            Seed = seed;
            Offset = 0;
            return this;
        }

        public ulong initial_seed() => Seed;

        /// <summary>Reserves <paramref name="counters"/> Philox counters and returns where they start.</summary>
        internal ulong Advance(ulong counters)
        {
            var start = Offset;
            Offset += counters;
            return start;
        }

        /// <summary>A random permutation of 0..n-1 (Fisher–Yates driven by this generator).</summary>
        internal long[] Permutation(long n)
        {
            var perm = new long[n];
            for (long i = 0; i < n; i++) perm[i] = i;
            var start = Advance(Philox.CountersForUniform(n));
            for (long i = n - 1; i > 0; i--)
            {
                long j = (long)(Philox.Uniform(Seed, start, i) * (i + 1));
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }
            return perm;
        }
    }

    /// <summary>The generator random functions use when none is given.</summary>
    public static Generator default_generator { get; } = new();

    /// <summary>Seeds the default generator: the same seed gives the same run.</summary>
    public static Generator manual_seed(long seed) => default_generator.manual_seed((ulong)seed);

    public static partial class random
    {
        public static Generator manual_seed(long seed) => torch.manual_seed(seed);
        public static ulong initial_seed() => default_generator.initial_seed();
    }
}
