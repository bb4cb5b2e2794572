namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Where a component sits and how it is turned: centre offset (X, Y) in pixels from the stamp's centre, axis ratio
/// q = b/a and position angle of the major axis in radians from the x axis.
/// </summary>
public readonly record struct Placement(double X = 0, double Y = 0, double AxisRatio = 1, double PositionAngle = 0)
{
    /// <summary>A round component at the centre; without this, <c>new Placement()</c> would be the all-zero struct with q = 0.</summary>
    public Placement()
        : this(0, 0, 1, 0)
    {
    }

    internal void Check(string component)
    {
        if (!(AxisRatio > 0 && AxisRatio <= 1))
            throw new ArgumentException($"{component}: axis ratio {AxisRatio} must lie in (0, 1].", nameof(AxisRatio));
    }
}
