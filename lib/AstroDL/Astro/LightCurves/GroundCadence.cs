namespace AstroDL.Astro.LightCurves;

/// <summary>Nights, weather and observing seasons; see <see cref="Cadence.Ground"/>.</summary>
public sealed record GroundCadence : Cadence
{
    internal const double Year = 365.25;

    public GroundCadence(double minDays, double maxDays, double seasonDays, double nightHours, int maxPointsPerNight, double weatherLoss)
    {
        Check(minDays, 1, 1e5, nameof(minDays), "the shortest span (days)");
        Check(maxDays, minDays, 1e5, nameof(maxDays), "the longest span (days, at least minDays)");
        Check(seasonDays, 1, Year, nameof(seasonDays), "the observing season (days a year)");
        Check(nightHours, 0.1, 24, nameof(nightHours), "the nightly window (hours)");
        Check(maxPointsPerNight, 1, 1000, nameof(maxPointsPerNight), "the most points a night");
        Check(weatherLoss, 0, 0.95, nameof(weatherLoss), "the chance of losing a night");
        (MinDays, MaxDays, SeasonDays, NightHours, MaxPointsPerNight, WeatherLoss) = (minDays, maxDays, seasonDays, nightHours, maxPointsPerNight, weatherLoss);
    }

    public double MinDays { get; }
    public double MaxDays { get; }
    public double SeasonDays { get; }
    public double NightHours { get; }
    public int MaxPointsPerNight { get; }
    public double WeatherLoss { get; }

    /// <summary>Whether a time falls inside an observing window (night <c>floor(t)</c>, in season).</summary>
    public bool Observable(double t) => Math.Floor(t) % Year < SeasonDays && t - Math.Floor(t) < NightHours / 24;

    internal override double[] Times(CurveRandom random)
    {
        double span = random.Uniform(MinDays, MaxDays);
        var times = new List<double>();
        for (int night = 0; night < span; night++)
        {
            if (night % Year >= SeasonDays || random.Chance(WeatherLoss)) continue;
            int points = 1 + (int)(random.Uniform() * MaxPointsPerNight);
            var tonight = new double[points];
            for (int i = 0; i < points; i++) tonight[i] = night + random.Uniform() * NightHours / 24;
            Array.Sort(tonight);
            times.AddRange(tonight);
        }
        return [.. times];
    }
}
