// Course-style program: a DCGAN on 16x16 synthetic galaxies, with the DCGAN paper's defaults.
using System.Collections.Generic;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using AstroDL.Modules;                            // TorchSharp: using TorchSharp.Modules;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public static class Dcgan
    {
        public const long Latent = 8;

        /// <summary>Noise [N, Latent, 1, 1] to images [N, 1, 16, 16] in [-1, 1].</summary>
        public static Module<Tensor, Tensor> Generator(bool batchNorm = true) => Sequential(
            ConvTranspose2d(Latent, 32, 4, 1, 0, bias: false), Normalization(32, batchNorm), ReLU(true),
            ConvTranspose2d(32, 16, 4, 2, 1, bias: false), Normalization(16, batchNorm), ReLU(true),
            ConvTranspose2d(16, 1, 4, 2, 1), Tanh());

        /// <summary>Images [N, 1, 16, 16] to one score (a logit) each, [N].</summary>
        public static Module<Tensor, Tensor> Discriminator(bool batchNorm = true) => Sequential(
            Conv2d(1, 16, 4, 2, 1), LeakyReLU(0.2, true),
            Conv2d(16, 32, 4, 2, 1, bias: false), Normalization(32, batchNorm), LeakyReLU(0.2, true),
            Conv2d(32, 1, 4, 1, 0), Flatten(0));

        private static Module<Tensor, Tensor> Normalization(long channels, bool batchNorm) =>
            batchNorm ? BatchNorm2d(channels) : Identity();

        /// <summary>Weights N(0, 0.02) for convolutions, N(1, 0.02) and bias 0 for batch norm, through Module.apply.</summary>
        public static void Initialize(Module model) => model.apply(m =>
        {
            if (m is Conv2d conv) init.normal_(conv.weight, 0, 0.02);
            if (m is ConvTranspose2d deconv) init.normal_(deconv.weight, 0, 0.02);
            if (m is BatchNorm2d norm)
            {
                init.normal_(norm.weight, 1, 0.02);
                init.zeros_(norm.bias);
            }
        });

        /// <summary>One discriminator and one generator update per step (Adam 2e-4, β1 0.5); the discriminator's loss of every step.</summary>
        public static List<float> Train(int steps, long seed)
        {
            torch.manual_seed(seed);
            var (g, d) = (Generator(), Discriminator());
            Initialize(g);
            Initialize(d);
            var optimizerG = optim.Adam(g.parameters(), 2e-4, 0.5, 0.999);
            var optimizerD = optim.Adam(d.parameters(), 2e-4, 0.5, 0.999);
            var criterion = BCEWithLogitsLoss();
            var losses = new List<float>();
            for (int step = 0; step < steps; step++)
            {
                using var scope = torch.NewDisposeScope();
                var real = SyntheticSky.Blobs(32, 16);
                var fake = g.forward(randn(32, Latent, 1, 1));

                optimizerD.zero_grad();
                var lossD = criterion.forward(d.forward(real), ones(32)).add(criterion.forward(d.forward(fake.detach()), zeros(32)));
                lossD.backward();
                optimizerD.step();

                optimizerG.zero_grad();
                var lossG = criterion.forward(d.forward(fake), ones(32));
                lossG.backward();
                optimizerG.step();
                losses.Add(lossD.ToSingle());
            }
            return losses;
        }
    }
}
