namespace AstroDL.Astro.Galaxies;

/// <summary>Draws shared by the presets: sizes scale with the stamp (ranges are given for 64 pixels).</summary>
internal ref struct PresetRandom
{
    private ref ImageStream stream;

    public PresetRandom(ref ImageStream stream, int size)
    {
        this.stream = ref stream;
        Scale = size / 64.0;
    }

    public double Scale { get; }

    public double Uniform(double low, double high) => stream.Uniform(low, high);

    public int Integer(int low, int high) => stream.Integer(low, high);

    /// <summary>A length in pixels, uniform in [low, high] at 64 pixels and in proportion on other stamps.</summary>
    public double Length(double low, double high) => Scale * stream.Uniform(low, high);

    /// <summary>Log-uniform between the bounds.</summary>
    public double LogUniform(double low, double high) => Math.Exp(stream.Uniform(Math.Log(low), Math.Log(high)));

    public double Angle() => stream.Uniform(0, Math.PI);

    /// <summary>A centre within <paramref name="reach"/> pixels (at 64) of the stamp's centre.</summary>
    public (double X, double Y) Offset(double reach = 1) => (Length(-reach, reach), Length(-reach, reach));

    /// <summary>The total r-band flux of a galaxy: 1–3 × 10⁵ e⁻ at 64 pixels, bright enough for arms and bars against a 100 e⁻ sky.</summary>
    public double Flux() => LogUniform(1e5, 3e5) * Scale * Scale;
}
