namespace AstroDL.Plotting;

/// <summary>
/// Marching squares: for each grid square, the corners above the level decide which edges the contour crosses, and
/// the crossing points are found by linear interpolation. Coordinates are fractional (column, row) grid indices.
/// </summary>
internal static class MarchingSquares
{
    public static IEnumerable<((double X, double Y) From, (double X, double Y) To)> Segments(double[,] z, double level)
    {
        int rows = z.GetLength(0), columns = z.GetLength(1);
        for (int i = 0; i + 1 < rows; i++)
        {
            for (int j = 0; j + 1 < columns; j++)
            {
                // Corners counter-clockwise from (j, i): a = (j, i), b = (j+1, i), c = (j+1, i+1), d = (j, i+1).
                double a = z[i, j], b = z[i, j + 1], c = z[i + 1, j + 1], d = z[i + 1, j];
                if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c) || !double.IsFinite(d)) continue;
                var crossings = new List<(double X, double Y)>(4);
                if ((a > level) != (b > level)) crossings.Add((j + Fraction(a, b, level), i));
                if ((b > level) != (c > level)) crossings.Add((j + 1, i + Fraction(b, c, level)));
                if ((d > level) != (c > level)) crossings.Add((j + Fraction(d, c, level), i + 1));
                if ((a > level) != (d > level)) crossings.Add((j, i + Fraction(a, d, level)));
                if (crossings.Count == 2)
                {
                    yield return (crossings[0], crossings[1]);
                }
                else if (crossings.Count == 4)
                {
                    // A saddle: pair the crossings by the value at the centre, so the lines do not cross.
                    var centreAbove = (a + b + c + d) / 4 > level;
                    var aAbove = a > level;
                    if (centreAbove == aAbove)
                    {
                        yield return (crossings[0], crossings[1]);
                        yield return (crossings[2], crossings[3]);
                    }
                    else
                    {
                        yield return (crossings[0], crossings[3]);
                        yield return (crossings[1], crossings[2]);
                    }
                }
            }
        }
    }

    private static double Fraction(double from, double to, double level) => (level - from) / (to - from);
}
