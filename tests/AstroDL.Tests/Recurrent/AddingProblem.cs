using static AstroDL.torch;

namespace AstroDL.Tests.Recurrent;

/// <summary>
/// The adding problem (Hochreiter and Schmidhuber, 1997): a sequence of [value, marker] pairs with values U(0, 1) and
/// exactly two markers set, one in each half; the target is the sum of the two marked values. Solving it means
/// remembering a value across many steps until the second marker arrives. Predicting the mean (1) scores an MSE of 1/6.
/// </summary>
internal static class AddingProblem
{
    public const double MeanPredictorMse = 1.0 / 6;

    /// <summary>Inputs [length, batch, 2] and targets [batch, 1], drawn from the generator.</summary>
    public static (Tensor inputs, Tensor targets) Batch(int length, int batch, Generator generator)
    {
        var values = rand([length, batch], generator: generator);
        var first = randint(0, length / 2, [batch], generator: generator).data<long>().ToArray();
        var second = randint(length / 2, length, [batch], generator: generator).data<long>().ToArray();
        var markers = new float[length * batch];
        for (int b = 0; b < batch; b++)
        {
            markers[first[b] * batch + b] = 1;
            markers[second[b] * batch + b] = 1;
        }
        var marked = tensor(markers, [length, batch]);
        var targets = values.mul(marked).sum(0).unsqueeze(1);
        return (stack([values, marked], 2), targets);
    }
}
