using static AstroDL.torch;

namespace AstroDL.Tests.NN;

/// <summary>interpolate's linear and area modes against PyTorch 1.13 (F.interpolate, float64; values printed to 6 decimals).</summary>
public class InterpolateModesTests
{
    private static readonly Tensor Ramp = arange(12, dtype: float64).reshape(1, 1, 3, 4);

    public static TheoryData<string, Func<Tensor>, long[], double[]> Cases => new()
    {
        { "bilinear 3x4 -> 5x7", () => nn.functional.interpolate(Ramp, size: [5, 7], mode: InterpolationMode.Bilinear), [1, 1, 5, 7],
          [0, 0.357143, 0.928571, 1.5, 2.071429, 2.642857, 3, 1.6, 1.957143, 2.528571, 3.1, 3.671429, 4.242857, 4.6, 4, 4.357143, 4.928571, 5.5,
           6.071429, 6.642857, 7, 6.4, 6.757143, 7.328571, 7.9, 8.471429, 9.042857, 9.4, 8, 8.357143, 8.928571, 9.5, 10.071429, 10.642857, 11] },
        { "bilinear align_corners", () => nn.functional.interpolate(Ramp, size: [5, 7], mode: InterpolationMode.Bilinear, align_corners: true), [1, 1, 5, 7],
          [0, 0.5, 1, 1.5, 2, 2.5, 3, 2, 2.5, 3, 3.5, 4, 4.5, 5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 6, 6.5, 7, 7.5, 8, 8.5, 9, 8, 8.5, 9, 9.5, 10, 10.5, 11] },
        { "bilinear scale_factor 1.5", () => nn.functional.interpolate(Ramp, scale_factor: [1.5], mode: InterpolationMode.Bilinear), [1, 1, 4, 6],
          [0, 0.5, 1.166667, 1.833333, 2.5, 3, 2, 2.5, 3.166667, 3.833333, 4.5, 5, 4.666667, 5.166667, 5.833333, 6.5, 7.166667, 7.666667,
           7.333333, 7.833333, 8.5, 9.166667, 9.833333, 10.333333] },
        { "bilinear down to 2x3", () => nn.functional.interpolate(Ramp, size: [2, 3], mode: InterpolationMode.Bilinear), [1, 1, 2, 3],
          [1.166667, 2.5, 3.833333, 7.166667, 8.5, 9.833333] },
        { "linear 5 -> 8", () => nn.functional.interpolate(tensor(new double[] { 1, 4, 2, 8, 5 }).reshape(1, 1, 5), size: [8], mode: InterpolationMode.Linear), [1, 1, 8],
          [1, 2.3125, 3.875, 2.625, 3.875, 7.625, 6.3125, 5] },
        { "trilinear 2x2x2 -> 3x2x3", () => nn.functional.interpolate(arange(8, dtype: float64).reshape(1, 1, 2, 2, 2), size: [3, 2, 3], mode: InterpolationMode.Trilinear),
          [1, 1, 3, 2, 3], [0, 0.5, 1, 2, 2.5, 3, 2, 2.5, 3, 4, 4.5, 5, 4, 4.5, 5, 6, 6.5, 7] },
        { "area 4x6 -> 3x4", () => nn.functional.interpolate(arange(24, dtype: float64).reshape(1, 1, 4, 6), size: [3, 4], mode: InterpolationMode.Area), [1, 1, 3, 4],
          [3.5, 4.5, 6.5, 7.5, 9.5, 10.5, 12.5, 13.5, 15.5, 16.5, 18.5, 19.5] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValuesArePyTorchs(string name, Func<Tensor> resize, long[] shape, double[] expected)
    {
        var result = resize();
        Assert.Equal(shape, result.shape);
        var values = result.data<double>().ToArray();
        for (int i = 0; i < expected.Length; i++) Assert.True(Math.Abs(values[i] - expected[i]) < 1e-6, $"{name}, value {i}: {values[i]} against PyTorch's {expected[i]}");
    }

    [Fact]
    public void ModesThatDoNotFitTheInputAreNamed()
    {
        var wrongMode = Assert.Throws<ArgumentException>(() => nn.functional.interpolate(Ramp, size: [5, 7], mode: InterpolationMode.Linear));
        Assert.Contains("use Bilinear", wrongMode.Message);
        var alignArea = Assert.Throws<ArgumentException>(() => nn.functional.interpolate(Ramp, size: [2, 2], mode: InterpolationMode.Area, align_corners: true));
        Assert.Contains("align_corners applies only to the linear modes", alignArea.Message);
        Assert.Throws<NotSupportedException>(() => nn.functional.interpolate(Ramp, size: [5, 7], mode: InterpolationMode.Bicubic));
    }

    [Fact]
    public void UpsampleModuleUsesBilinear()
    {
        var up = nn.Upsample(scale_factor: [2], mode: UpsampleMode.Bilinear, align_corners: true);
        var result = up.call(arange(4, dtype: float64).reshape(1, 1, 2, 2));
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1], result[0, 0, 0].data<double>().ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
    }
}
