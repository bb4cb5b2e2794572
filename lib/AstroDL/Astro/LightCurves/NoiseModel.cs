namespace AstroDL.Astro.LightCurves;

/// <summary>
/// Measurement noise in relative flux: white noise of standard deviation <see cref="White"/> per point (each point's
/// error drawn within ±<see cref="ErrorSpread"/>/2 of it, as photometry of varying quality gives), plus red noise, an
/// Ornstein–Uhlenbeck process (AR(1) for even sampling) of standard deviation <see cref="Red"/> whose correlation
/// between points Δt apart is exp(−Δt/<see cref="RedTimescale"/>), like granulation or slow systematics.
/// </summary>
public sealed record NoiseModel
{
    public NoiseModel(double white = 1e-3, double red = 0, double redTimescale = 0.1, double errorSpread = 0.2)
    {
        Cadence.Check(white, 0, 1, nameof(white), "the white-noise standard deviation (relative flux)");
        Cadence.Check(red, 0, 1, nameof(red), "the red-noise standard deviation (relative flux)");
        Cadence.Check(redTimescale, 1e-5, 1e4, nameof(redTimescale), "the red-noise correlation time (days)");
        Cadence.Check(errorSpread, 0, 1.9, nameof(errorSpread), "the relative spread of the per-point errors");
        (White, Red, RedTimescale, ErrorSpread) = (white, red, redTimescale, errorSpread);
    }

    public double White { get; }
    public double Red { get; }
    public double RedTimescale { get; }
    public double ErrorSpread { get; }

    /// <summary>Adds the noise to <paramref name="flux"/> in place and returns each point's white-noise error.</summary>
    internal double[] Apply(double[] time, double[] flux, CurveRandom random)
    {
        var error = new double[flux.Length];
        double red = 0;
        for (int i = 0; i < flux.Length; i++)
        {
            error[i] = White * (1 + ErrorSpread * (random.Uniform() - 0.5));
            if (Red > 0)
            {
                double rho = i == 0 ? 0 : Math.Exp(-(time[i] - time[i - 1]) / RedTimescale);
                red = rho * red + Math.Sqrt(1 - rho * rho) * Red * random.Normal();
            }
            flux[i] += error[i] * random.Normal() + red;
        }
        return error;
    }
}
