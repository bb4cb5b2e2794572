// Course-style program: a WGAN with gradient penalty, the penalty through torch.autograd.grad(create_graph: true).
using System.Collections.Generic;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public static class WganGp
    {
        /// <summary>λ·(‖∇ critic(x̂)‖ − 1)² averaged over samples x̂ mixed between real and fake images.</summary>
        public static Tensor GradientPenalty(Module<Tensor, Tensor> critic, Tensor real, Tensor fake, double lambda = 10)
        {
            var eps = rand(real.shape[0], 1, 1, 1);
            var mixed = eps.mul(real).add(eps.neg().add(1).mul(fake)).requires_grad_(true);
            var score = critic.forward(mixed);
            var gradient = torch.autograd.grad(new[] { score }, new[] { mixed }, new[] { ones_like(score) },
                retain_graph: true, create_graph: true)[0];
            return gradient.view(gradient.shape[0], -1).norm(1).sub(1).square().mean().mul(lambda);
        }

        /// <summary>Five critic updates per generator update (Adam 1e-4, β = (0, 0.9)); the critic's loss of every critic update.</summary>
        public static List<float> Train(int generatorSteps, long seed)
        {
            torch.manual_seed(seed);
            var g = Dcgan.Generator();
            var critic = Dcgan.Discriminator(batchNorm: false);   // batch norm would couple the samples the penalty treats apart
            var optimizerG = optim.Adam(g.parameters(), 1e-4, 0.0, 0.9);
            var optimizerC = optim.Adam(critic.parameters(), 1e-4, 0.0, 0.9);
            var losses = new List<float>();
            for (int step = 0; step < generatorSteps; step++)
            {
                for (int k = 0; k < 5; k++)
                {
                    using var scope = torch.NewDisposeScope();
                    var real = SyntheticSky.Blobs(32, 16);
                    var fake = g.forward(randn(32, Dcgan.Latent, 1, 1)).detach();
                    optimizerC.zero_grad();
                    var loss = critic.forward(fake).mean().sub(critic.forward(real).mean()).add(GradientPenalty(critic, real, fake));
                    loss.backward();
                    optimizerC.step();
                    losses.Add(loss.ToSingle());
                }
                using (var scope = torch.NewDisposeScope())
                {
                    optimizerG.zero_grad();
                    var lossG = critic.forward(g.forward(randn(32, Dcgan.Latent, 1, 1))).mean().neg();
                    lossG.backward();
                    optimizerG.step();
                }
            }
            return losses;
        }
    }
}
