// Course-style program: a convolutional denoising autoencoder (noisy galaxy in, clean galaxy out).
using System.Collections.Generic;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public static class DenoisingAutoencoder
    {
        /// <summary>[N, 1, 16, 16] to [N, 1, 16, 16] through an 8×8 bottleneck of 8 channels.</summary>
        public static Module<Tensor, Tensor> Create() => Sequential(
            Conv2d(1, 8, 3, padding: 1), ReLU(),
            Conv2d(8, 8, 3, stride: 2, padding: 1), ReLU(),
            ConvTranspose2d(8, 8, 4, stride: 2, padding: 1), ReLU(),
            Conv2d(8, 1, 3, padding: 1));

        /// <summary>Adam on fresh batches with noise σ = 0.5; the mean squared error against the clean images at every step.</summary>
        public static List<float> Train(int steps, long seed)
        {
            torch.manual_seed(seed);
            var model = Create();
            var optimizer = optim.Adam(model.parameters(), 3e-3);
            var losses = new List<float>();
            for (int step = 0; step < steps; step++)
            {
                using var scope = torch.NewDisposeScope();
                var clean = SyntheticSky.Blobs(32, 16);
                var noisy = clean.add(randn_like(clean).mul(0.5));
                optimizer.zero_grad();
                var loss = functional.mse_loss(model.forward(noisy), clean);
                loss.backward();
                optimizer.step();
                losses.Add(loss.ToSingle());
            }
            return losses;
        }
    }
}
