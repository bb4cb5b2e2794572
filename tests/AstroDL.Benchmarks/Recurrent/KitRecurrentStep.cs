using System.Diagnostics;
using static AstroDL.torch;

namespace AstroDL.Benchmarks.Recurrent;

/// <summary>The kit's side: a recurrent layer, a linear head on the last hidden state, cross entropy and Adam.</summary>
internal sealed class KitRecurrentStep
{
    private readonly nn.Module<Tensor, Tensor> recurrent;
    private readonly nn.Module<Tensor, Tensor> head;
    private readonly optim.Optimizer optimizer;
    private readonly Tensor x, y;

    public KitRecurrentStep(RecurrentCase c, int seed)
    {
        manual_seed(seed);
        recurrent = c.Cell == "lstm" ? new LastHidden(nn.LSTM(c.Features, c.Hidden, batchFirst: true))
                                     : new LastHidden(nn.GRU(c.Features, c.Hidden, batchFirst: true));
        head = nn.Linear(c.Hidden, c.Classes);
        optimizer = optim.Adam(recurrent.parameters().Concat(head.parameters()), lr: 1e-3);
        x = randn(RecurrentCase.Batch, c.Steps, c.Features);
        y = randint(0, c.Classes, [RecurrentCase.Batch]);
    }

    /// <summary>Milliseconds per training step over <paramref name="steps"/> steps.</summary>
    public double Time(int steps)
    {
        var clock = Stopwatch.StartNew();
        for (int s = 0; s < steps; s++)
        {
            optimizer.zero_grad();
            nn.functional.cross_entropy(head.call(recurrent.call(x)), y).backward();
            optimizer.step();
        }
        return clock.Elapsed.TotalMilliseconds / steps;
    }

    /// <summary>The last layer's final hidden state of an LSTM or a GRU, as one module.</summary>
    private sealed class LastHidden : nn.Module<Tensor, Tensor>
    {
        private readonly Func<Tensor, Tensor> run;

        public LastHidden(Modules.LSTM lstm) : base("lstm_last")
        {
            register_module("lstm", lstm);
            run = x => lstm.call(x).Item2[-1];
        }

        public LastHidden(Modules.GRU gru) : base("gru_last")
        {
            register_module("gru", gru);
            run = x => gru.call(x).Item2[-1];
        }

        public override Tensor forward(Tensor input) => run(input);
    }
}
