using AstroDL.Training;
using static AstroDL.torch;

namespace AstroDL.Tests.Training;

public class RocCurveTests
{
    [Fact]
    public void CurveAndAreaAreScikitLearnsOnItsDocumentationExample()
    {
        // sklearn.metrics.roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], drop_intermediate=False); roc_auc_score = 0.75
        var roc = Metrics.roc_curve(tensor(new[] { 0.1f, 0.4f, 0.35f, 0.8f }), tensor(new long[] { 0, 0, 1, 1 }));
        Assert.Equal([0, 0, 0.5, 0.5, 1], roc.FalsePositiveRate);
        Assert.Equal([0, 0.5, 0.5, 1, 1], roc.TruePositiveRate);
        Assert.Equal(0.75, roc.Auc, 12);
    }

    [Fact]
    public void TiedScoresCountOneHalfAndMoveTheCurveDiagonally()
    {
        var roc = Metrics.roc_curve(tensor(new[] { 0.5f, 0.5f, 0.2f, 0.9f }), tensor(new long[] { 0, 1, 0, 1 }));
        Assert.Equal(3.5 / 4, roc.Auc, 12);
        Assert.Equal([0, 0, 0.5, 1], roc.FalsePositiveRate);
        Assert.Equal([0, 0.5, 1, 1], roc.TruePositiveRate);
    }

    [Fact]
    public void AreaIsTheFractionOfPositiveNegativePairsRankedRight()
    {
        var random = new Random(3);
        var scores = Enumerable.Range(0, 300).Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();   // rounding makes ties
        var labels = scores.Select(s => random.NextDouble() < s ? 1L : 0L).ToArray();
        double pairs = 0, right = 0;
        for (int i = 0; i < scores.Length; i++)
            for (int j = 0; j < scores.Length; j++)
            {
                if (labels[i] != 1 || labels[j] != 0) continue;
                pairs++;
                right += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        Assert.Equal(right / pairs, Metrics.roc_auc_score(tensor(scores), tensor(labels)), 12);
    }

    [Theory]
    [InlineData(new long[] { 1, 1, 1 }, "needs both classes")]
    [InlineData(new long[] { 0, 2, 1 }, "must be 0 or 1")]
    [InlineData(new long[] { 0, 1 }, "3 scores for 2 targets")]
    public void BadTargetsAreNamed(long[] labels, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Metrics.roc_curve(tensor(new[] { 0.1f, 0.2f, 0.3f }), tensor(labels)));
        Assert.Contains(message, error.Message);
    }
}
