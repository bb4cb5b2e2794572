using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.Autograd;

/// <summary>
/// TorchSharp's memory pattern disposes intermediates inside forward; the graph keeps what it saved, and that memory
/// goes back once backward has freed the graph.
/// </summary>
public class DisposeInForwardTests
{
    /// <summary>Sums (w·x)² with the intermediate disposed before forward returns, in both of TorchSharp's styles.</summary>
    private sealed class SquaredScale : Module<Tensor, Tensor>
    {
        private readonly bool withScope;

        public SquaredScale(bool withScope)
            : base(nameof(SquaredScale))
        {
            this.withScope = withScope;
            weight = Parameter(tensor(new double[] { 2, -1 }));
            RegisterComponents();
        }

        public Modules.Parameter weight { get; }

        public Tensor Saved { get; private set; } = null!;

        public override Tensor forward(Tensor input)
        {
            if (withScope)
            {
                using var scope = NewDisposeScope();
                Saved = input.mul(weight);
                return Saved.square().sum().MoveToOuterDisposeScope();
            }
            using var h = input.mul(weight);
            Saved = h;
            return h.square().sum();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BackwardRunsThroughTensorsDisposedInForward(bool withScope)
    {
        var model = new SquaredScale(withScope);
        var x = tensor(new double[] { 3, 5 });
        var loss = model.call(x);
        Assert.True(model.Saved.IsInvalid);
        Assert.False(model.Saved.StorageEvenIfDisposed.IsReleased);
        loss.backward();
        // d/dw Σ (w·x)² = 2·w·x².
        Assert.Equal(new double[] { 36, -50 }, model.weight.grad!.data<double>().ToArray());
        // The graph was freed by backward, so nothing holds the intermediate any more.
        Assert.True(model.Saved.StorageEvenIfDisposed.IsReleased);
    }
}
