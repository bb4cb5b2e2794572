using static AstroDL.torch;
using static AstroDL.torch.nn;

namespace AstroDL.Tests.NN;

public class XorTests
{
    [Fact]
    public void TanhMlpLearnsXorWithPlainGradientDescent()
    {
        manual_seed(0);
        var model = Sequential(Linear(2, 8), Tanh(), Linear(8, 1));
        var x = tensor(new float[] { 0, 0, 0, 1, 1, 0, 1, 1 }, [4, 2]);
        var y = tensor(new float[] { 0, 1, 1, 0 }, [4, 1]);
        const float lr = 0.2f;

        float Loss() => model.call(x).sub(y).square().mean().item<float>();
        var initial = Loss();
        for (int step = 0; step < 2000; step++)
        {
            model.zero_grad();
            model.call(x).sub(y).square().mean().backward();
            using (no_grad())
            {
                foreach (var p in model.parameters()) p.sub_(p.grad! * lr);
            }
        }

        Assert.True(Loss() < 0.01, $"loss went from {initial} to {Loss()}");
        var predictions = model.call(x).gt(0.5).to_type(ScalarType.Float32);
        Assert.True(predictions.equal(y), "XOR outputs after training: " + string.Join(", ", model.call(x).data<float>()));
    }
}
