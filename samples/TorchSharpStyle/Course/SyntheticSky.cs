// Small synthetic data for the course-style programs, made with tensor ops only (so it compiles against TorchSharp too).
using System;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public static class SyntheticSky
    {
        /// <summary>Round Gaussian "galaxies" [n, 1, size, size] in [-1, 1], random centre and width.</summary>
        public static Tensor Blobs(long n, long size)
        {
            var axis = arange(size).to(ScalarType.Float32).sub(size / 2.0);
            var cx = rand(n, 1, 1).mul(size / 4.0).sub(size / 8.0);
            var cy = rand(n, 1, 1).mul(size / 4.0).sub(size / 8.0);
            var width = rand(n, 1, 1).mul(size / 8.0).add(size / 10.0);
            var dx = axis.view(1, 1, size).sub(cx);
            var dy = axis.view(1, size, 1).sub(cy);
            var image = dx.square().add(dy.square()).div(width.square().mul(-2)).exp();
            return image.mul(2).sub(1).unsqueeze(1);
        }

        /// <summary>
        /// Light curves [n, steps, 1] with labels: half sinusoids of random period and phase, half noise, all with noise
        /// σ = 0.3, and random lengths in [minLength, steps] (the rest is padding).
        /// </summary>
        public static (Tensor curves, Tensor lengths, Tensor labels) LightCurves(long n, long steps, long minLength)
        {
            var time = arange(steps).to(ScalarType.Float32).view(1, steps);
            var period = rand(n, 1).mul(8).add(4);
            var phase = rand(n, 1).mul(2 * Math.PI);
            var labels = randint(0, 2, new long[] { n });
            var signal = time.mul(2 * Math.PI).div(period).add(phase).sin().mul(labels.view(n, 1).to(ScalarType.Float32));
            var curves = signal.add(randn(n, steps).mul(0.3)).unsqueeze(-1);
            var lengths = randint(minLength, steps + 1, new long[] { n });
            return (curves, lengths, labels);
        }
    }
}
