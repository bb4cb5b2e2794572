namespace AstroDL.Astro.LightCurves;

/// <summary>
/// When a star is observed: <see cref="Regular"/> (a space telescope, Kepler-like) or <see cref="Ground"/> (a
/// survey from the ground, with nights, weather and seasons). Each curve draws its own length between the bounds.
/// </summary>
public abstract record Cadence
{
    /// <summary>Points every <paramref name="interval"/> days (Kepler long cadence: 29.4 min) over a span drawn in [minDays, maxDays].</summary>
    public static RegularCadence Regular(double minDays = 20, double maxDays = 40, double interval = 0.02043) => new(minDays, maxDays, interval);

    /// <summary>
    /// Ground-based nights over a span drawn in [minDays, maxDays]: a season of <paramref name="seasonDays"/> days each
    /// year, one to <paramref name="maxPointsPerNight"/> points at random times inside a <paramref name="nightHours"/>-hour
    /// window each night, and a night lost to weather with probability <paramref name="weatherLoss"/>.
    /// </summary>
    public static GroundCadence Ground(double minDays = 200, double maxDays = 800, double seasonDays = 240, double nightHours = 8,
        int maxPointsPerNight = 2, double weatherLoss = 0.3) => new(minDays, maxDays, seasonDays, nightHours, maxPointsPerNight, weatherLoss);

    /// <summary>The observation times of one curve, increasing, starting near 0.</summary>
    internal abstract double[] Times(CurveRandom random);

    internal static void Check(double value, double low, double high, string name, string what)
    {
        if (!(value >= low && value <= high))
            throw new ArgumentException($"{name} is {value}; {what} must be in [{low}, {high}].", name);
    }
}
