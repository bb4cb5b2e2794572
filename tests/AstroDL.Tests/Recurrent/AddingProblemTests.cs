using Xunit.Abstractions;
using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.Recurrent;

/// <summary>
/// A task that needs memory: the adding problem over 20 steps. An LSTM learns it; an MLP that sees the whole sequence at
/// once, trained on the same batches for the same number of steps, does not get close.
/// </summary>
public class AddingProblemTests(ITestOutputHelper output)
{
    private const int Length = 20;
    private const int Steps = 600;
    private const double SolvedMse = 0.02;

    /// <summary>The last hidden state of an LSTM, read out by a linear layer.</summary>
    private sealed class LstmRegressor : Module<Tensor, Tensor>
    {
        private readonly Modules.LSTM lstm;
        private readonly Modules.Linear head;

        public LstmRegressor(int hidden)
            : base(nameof(LstmRegressor))
        {
            lstm = LSTM(2, hidden);
            head = Linear(hidden, 1);
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => head.call(lstm.call(input).Item2[-1]);
    }

    /// <summary>Adam on fresh batches of 32 (the same batches for every model), then the MSE on 1000 unseen sequences.</summary>
    private static double TrainAndTest(Module<Tensor, Tensor> model, Func<Tensor, Tensor> prepare, double lr)
    {
        var data = new Generator(11);
        var optimizer = optim.Adam(model.parameters(), lr);
        for (int step = 0; step < Steps; step++)
        {
            var (x, y) = AddingProblem.Batch(Length, 32, data);
            optimizer.zero_grad();
            functional.mse_loss(model.call(prepare(x)), y).backward();
            optimizer.step();
        }
        var (testX, testY) = AddingProblem.Batch(Length, 1000, new Generator(12));
        using var _ = no_grad();
        return functional.mse_loss(model.call(prepare(testX)), testY).item<float>();
    }

    [Fact]
    public void LstmSolvesTheAddingProblemAndAnMlpOnTheSameBudgetDoesNot()
    {
        manual_seed(1);
        var lstm = TrainAndTest(new LstmRegressor(16), x => x, lr: 0.01);
        manual_seed(1);
        var mlp = TrainAndTest(Sequential(Linear(2 * Length, 64), ReLU(), Linear(64, 64), ReLU(), Linear(64, 1)),
            x => x.permute(1, 0, 2).reshape(x.shape[1], -1), lr: 0.003);
        output.WriteLine($"adding problem, T = {Length}, {Steps} steps: test MSE LSTM {lstm:F4}, MLP {mlp:F4}, mean predictor {AddingProblem.MeanPredictorMse:F4}");

        Assert.True(lstm < SolvedMse, $"the LSTM reached a test MSE of {lstm}, not below {SolvedMse}");
        Assert.True(mlp > SolvedMse, $"the MLP baseline reached {mlp}: the task no longer shows what memory adds");
    }

    [Fact]
    public void BatchesAreSeededAndMarkTwoValuesOneInEachHalf()
    {
        var (x, y) = AddingProblem.Batch(10, 5, new Generator(3));
        var (again, _) = AddingProblem.Batch(10, 5, new Generator(3));
        Assert.True(x.equal(again));
        Assert.Equal([10L, 5, 2], x.shape);
        var markers = x[.., .., 1];
        Assert.True(markers[..5].sum(0).eq(1).all().item<bool>());
        Assert.True(markers[5..].sum(0).eq(1).all().item<bool>());
        Assert.True(x[.., .., 0].mul(markers).sum(0).unsqueeze(1).allclose(y));
    }
}
