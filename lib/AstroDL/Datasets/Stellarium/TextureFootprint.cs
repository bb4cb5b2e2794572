namespace AstroDL.Datasets;

/// <summary>
/// Where a Stellarium texture lies on the sky: its four corners (texture coordinates (0,0), (1,0), (1,1), (0,1), i.e.
/// the image's bottom-left, bottom-right, top-right and top-left) as RA/Dec in degrees, RA wrapped to [0, 360).
/// Positions map to texture coordinates through the gnomonic projection about the centre and the affine map that the
/// corners' mean edges span: exact for a parallelogram, a close approximation for the near-rectangles Stellarium uses.
/// </summary>
public sealed class TextureFootprint
{
    private readonly (double X, double Y) alongU, alongV;
    private readonly double determinant;

    public TextureFootprint(IReadOnlyList<(double Ra, double Dec)> corners)
    {
        if (corners.Count != 4)
            throw new ArgumentException($"A texture footprint has 4 corners, not {corners.Count}.", nameof(corners));
        Corners = corners.Select(c => (Wrap(c.Ra), c.Dec)).ToList();
        (Ra, Dec) = MeanDirection(Corners);
        var p = Corners.Select(c => Project(c.Ra, c.Dec) ?? throw new ArgumentException(
            $"The corners {string.Join(", ", Corners)} do not lie on one side of the sky.", nameof(corners))).ToList();
        alongU = (((p[1].X - p[0].X) + (p[2].X - p[3].X)) / 2, ((p[1].Y - p[0].Y) + (p[2].Y - p[3].Y)) / 2);
        alongV = (((p[3].X - p[0].X) + (p[2].X - p[1].X)) / 2, ((p[3].Y - p[0].Y) + (p[2].Y - p[1].Y)) / 2);
        determinant = alongU.X * alongV.Y - alongU.Y * alongV.X;
        if (Math.Abs(determinant) < 1e-12)
            throw new ArgumentException($"The corners {string.Join(", ", Corners)} enclose no area.", nameof(corners));
    }

    /// <summary>The corners in texture order, RA in [0, 360).</summary>
    public IReadOnlyList<(double Ra, double Dec)> Corners { get; }

    /// <summary>The centre's right ascension, 0 to 360 degrees.</summary>
    public double Ra { get; }

    /// <summary>The centre's declination in degrees.</summary>
    public double Dec { get; }

    /// <summary>The side along texture u (the image's rows), in degrees.</summary>
    public double Width => Math.Sqrt(alongU.X * alongU.X + alongU.Y * alongU.Y);

    /// <summary>The side along texture v (the image's columns), in degrees.</summary>
    public double Height => Math.Sqrt(alongV.X * alongV.X + alongV.Y * alongV.Y);

    /// <summary>
    /// The texture coordinates (u right, v up, both 0 to 1 inside) of the position, or null for a position more than 90
    /// degrees from the centre.
    /// </summary>
    public (double U, double V)? Locate(double ra, double dec)
    {
        if (Project(Wrap(ra), dec) is not { } p) return null;
        var (x, y) = p;
        return (0.5 + (x * alongV.Y - y * alongV.X) / determinant, 0.5 + (alongU.X * y - alongU.Y * x) / determinant);
    }

    /// <summary>True when the position lies inside the corners' quadrilateral (as the affine map sees it).</summary>
    public bool Contains(double ra, double dec) => Locate(ra, dec) is { } t && t.U is >= 0 and <= 1 && t.V is >= 0 and <= 1;

    internal static double Wrap(double ra) => ra - 360 * Math.Floor(ra / 360);

    /// <summary>Gnomonic projection about the centre, in degrees: x towards the east (RA increasing), y towards the north.</summary>
    private (double X, double Y)? Project(double ra, double dec)
    {
        double d0 = Radians(Dec), d = Radians(dec), dra = Radians(ra - Ra);
        double cosC = Math.Sin(d0) * Math.Sin(d) + Math.Cos(d0) * Math.Cos(d) * Math.Cos(dra);
        if (cosC <= 0) return null;
        double x = Math.Cos(d) * Math.Sin(dra) / cosC;
        double y = (Math.Cos(d0) * Math.Sin(d) - Math.Sin(d0) * Math.Cos(d) * Math.Cos(dra)) / cosC;
        return (x * 180 / Math.PI, y * 180 / Math.PI);
    }

    /// <summary>The direction of the corners' mean unit vector, which stays right across RA 0 and near the poles.</summary>
    private static (double Ra, double Dec) MeanDirection(IEnumerable<(double Ra, double Dec)> points)
    {
        double x = 0, y = 0, z = 0;
        foreach (var (ra, dec) in points)
        {
            x += Math.Cos(Radians(dec)) * Math.Cos(Radians(ra));
            y += Math.Cos(Radians(dec)) * Math.Sin(Radians(ra));
            z += Math.Sin(Radians(dec));
        }
        return (Wrap(Math.Atan2(y, x) * 180 / Math.PI), Math.Atan2(z, Math.Sqrt(x * x + y * y)) * 180 / Math.PI);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    public override string ToString() => $"{Width:0.###}°×{Height:0.###}° about RA {Ra:0.####}°, Dec {Dec:0.####}°";
}
