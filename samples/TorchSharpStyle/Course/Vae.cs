// Course-style program: a variational autoencoder with a 2-d latent space, sampled by reparameterisation.
using System.Collections.Generic;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public class Vae : Module<Tensor, (Tensor, Tensor, Tensor)>
    {
        private readonly Module<Tensor, Tensor> encoder = Sequential(Flatten(), Linear(64, 32), ReLU());
        private readonly Module<Tensor, Tensor> mean = Linear(32, 2);
        private readonly Module<Tensor, Tensor> logVariance = Linear(32, 2);
        private readonly Module<Tensor, Tensor> decoder = Sequential(Linear(2, 32), ReLU(), Linear(32, 64), Sigmoid());

        public Vae() : base("vae") => RegisterComponents();

        /// <summary>(reconstruction [N, 64] in (0, 1), μ, log σ²) for images [N, 1, 8, 8].</summary>
        public override (Tensor, Tensor, Tensor) forward(Tensor images)
        {
            var hidden = encoder.forward(images);
            var (mu, logVar) = (mean.forward(hidden), logVariance.forward(hidden));
            var z = torch.distributions.Normal(mu, logVar.mul(0.5).exp()).rsample();
            return (decoder.forward(z), mu, logVar);
        }

        /// <summary>Binary cross-entropy of the reconstruction plus the KL divergence to N(0, 1), per image.</summary>
        public static Tensor Loss(Tensor reconstruction, Tensor target, Tensor mu, Tensor logVar)
        {
            var bce = functional.binary_cross_entropy(reconstruction, target.view(target.shape[0], -1), reduction: Reduction.Sum);
            var kl = logVar.add(1).sub(mu.square()).sub(logVar.exp()).sum().mul(-0.5);
            return bce.add(kl).div(target.shape[0]);
        }

        public static List<float> Train(int steps, long seed)
        {
            torch.manual_seed(seed);
            var model = new Vae();
            var optimizer = optim.Adam(model.parameters(), 3e-3);
            var losses = new List<float>();
            for (int step = 0; step < steps; step++)
            {
                using var scope = torch.NewDisposeScope();
                var images = SyntheticSky.Blobs(64, 8).add(1).div(2);   // to [0, 1] for the cross-entropy
                optimizer.zero_grad();
                var (reconstruction, mu, logVar) = model.forward(images);
                var loss = Loss(reconstruction, images, mu, logVar);
                loss.backward();
                optimizer.step();
                losses.Add(loss.ToSingle());
            }
            return losses;
        }
    }
}
