using AstroDL.Plotting;

namespace AstroDL.Tests.Plotting;

public class TicksTests
{
    [Theory]
    [InlineData(0, 1, 0, 1, 0.2)]
    [InlineData(0.13, 9.7, 0, 10, 2)]
    [InlineData(-3.2, 47, -20, 60, 20)]
    [InlineData(0.0012, 0.0093, 0.000, 0.010, 0.002)]
    [InlineData(120, 980, 0, 1000, 200)]
    public void NiceTicksCoverTheRangeWithRoundSteps(double min, double max, double first, double last, double step)
    {
        var ticks = Ticks.Nice(min, max);

        Assert.Equal(first, ticks.Min, 12);
        Assert.Equal(last, ticks.Max, 12);
        Assert.Equal(step, ticks.Step, 12);
        Assert.True(ticks.Values[0] <= min && ticks.Values[^1] >= max);
        Assert.All(ticks.Values.Zip(ticks.Values.Skip(1)), pair => Assert.Equal(step, pair.Second - pair.First, 9));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2.9, 2, 5)]
    [InlineData(7, 10, 10)]
    [InlineData(0.034, 0.05, 0.05)]
    public void NiceNumbersAreOneTwoOrFiveTimesAPowerOfTen(double value, double rounded, double ceiling)
    {
        Assert.Equal(rounded, Ticks.NiceNumber(value, round: true), 12);
        Assert.Equal(ceiling, Ticks.NiceNumber(value, round: false), 12);
    }

    [Fact]
    public void LabelsShareTheDecimalsTheStepNeedsAndHaveNoBinaryNoise()
    {
        var ticks = Ticks.Nice(0, 0.9);

        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], ticks.Values.Select(ticks.Label));
        Assert.Contains(0.6, ticks.Values);
    }

    [Fact]
    public void OneValueIsWidenedAroundItselfAndHugeStepsUseExponents()
    {
        var single = Ticks.Nice(5, 5);
        var huge = Ticks.Nice(0, 3e7);

        Assert.True(single.Min < 5 && single.Max > 5);
        Assert.Equal("1e+7", huge.Label(1e7));
        Assert.Equal("0", huge.Label(0));
    }

    [Fact]
    public void NonFiniteRangesAreRejectedWithTheRange() =>
        Assert.Contains("not finite", Assert.Throws<ArgumentException>(() => Ticks.Nice(0, double.NaN)).Message);
}
