using AstroDL.Plotting;

namespace AstroDL.Tests.Plotting;

public class MarchingSquaresTests
{
    [Fact]
    public void ContourOfAConeLiesOnItsCircle()
    {
        const int n = 41;
        var z = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) z[i, j] = Math.Sqrt((i - 20.0) * (i - 20.0) + (j - 20.0) * (j - 20.0));

        var segments = MarchingSquares.Segments(z, 10).ToList();

        Assert.True(segments.Count > 40);
        Assert.All(segments.SelectMany(s => new[] { s.From, s.To }), p =>
            Assert.InRange(Math.Sqrt((p.X - 20) * (p.X - 20) + (p.Y - 20) * (p.Y - 20)), 9.8, 10.2));
    }

    [Fact]
    public void SaddlesGiveTwoSegmentsAndFlatGridsNone()
    {
        double[,] saddle = { { 1, 0 }, { 0, 1 } };

        Assert.Equal(2, MarchingSquares.Segments(saddle, 0.5).Count());
        Assert.Empty(MarchingSquares.Segments(new double[3, 3], 0.5));
    }
}
