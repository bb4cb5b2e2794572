// Course-style program: an LSTM light-curve classifier reading curves of different lengths as a packed batch.
using System.Collections.Generic;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using AstroDL.Modules;                            // TorchSharp: using TorchSharp.Modules;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;
using static AstroDL.torch.nn.utils.rnn;          // TorchSharp: using static TorchSharp.torch.nn.utils.rnn;

namespace AstroDL.Examples.Course                 // TorchSharp: namespace TorchSharp.Examples.Course
{
    public class LightCurveLstm : Module<Tensor, Tensor, Tensor>
    {
        private readonly LSTM lstm;
        private readonly Linear head;

        public LightCurveLstm(long hidden = 16) : base("light_curve_lstm")
        {
            lstm = LSTM(1, hidden, batchFirst: true);
            head = Linear(hidden, 2);
            RegisterComponents();
        }

        /// <summary>Class scores [N, 2] for padded curves [N, T, 1] and their lengths [N].</summary>
        public override Tensor forward(Tensor curves, Tensor lengths)
        {
            var packed = pack_padded_sequence(curves, lengths, batch_first: true, enforce_sorted: false);
            var (_, h, _) = lstm.call(packed);
            return head.forward(h[-1]);
        }

        /// <summary>Adam on fresh batches of 32 curves; the loss of every step.</summary>
        public static List<float> Train(int steps, long seed)
        {
            torch.manual_seed(seed);
            var model = new LightCurveLstm();
            var optimizer = optim.Adam(model.parameters(), 0.01);
            var losses = new List<float>();
            for (int step = 0; step < steps; step++)
            {
                using var scope = torch.NewDisposeScope();
                var (curves, lengths, labels) = SyntheticSky.LightCurves(32, 40, 10);
                optimizer.zero_grad();
                var loss = functional.cross_entropy(model.call(curves, lengths), labels);
                loss.backward();
                optimizer.step();
                losses.Add(loss.ToSingle());
            }
            return losses;
        }
    }
}
