namespace AstroDL.Astro.Galaxies;

/// <summary>
/// How a stamp is observed: <paramref name="Size"/> × Size pixels (≥ 8), 1 band (r) or 3 (g, r, z), a Moffat PSF of
/// <paramref name="PsfFwhm"/> pixels (0: none), sky level in electrons per pixel (already subtracted from the image),
/// read noise in electrons, and <paramref name="Noise"/> off for noise-free model images. When
/// <paramref name="SignalToNoise"/> is set, each galaxy's flux is scaled so that its optimal S/N in r,
/// √(Σ S²)/√(sky + read²), has that value: the knob for how hard a data set is.
/// </summary>
public sealed record Observation(int Size = 64, int Bands = 1, double PsfFwhm = 2, double MoffatBeta = 3.5, double Sky = 100,
    double ReadNoise = 3, bool Noise = true, double? SignalToNoise = null)
{
    internal const int MinSize = 8, MaxSize = 1024;

    /// <summary>The per-pixel noise of an empty patch of sky, in electrons.</summary>
    public double SkySigma => Math.Sqrt(Sky + ReadNoise * ReadNoise);

    internal void Check()
    {
        if (Size is < MinSize or > MaxSize)
            throw new ArgumentException($"Observation: size {Size} must lie in [{MinSize}, {MaxSize}] pixels.", nameof(Size));
        if (Bands is not (1 or 3)) throw new ArgumentException($"Observation: bands {Bands} must be 1 (r) or 3 (g, r, z).", nameof(Bands));
        if (!(PsfFwhm == 0 || PsfFwhm >= 0.5 && PsfFwhm <= 20))
            throw new ArgumentException($"Observation: PSF FWHM {PsfFwhm} must be 0 (no PSF) or lie in [0.5, 20] pixels.", nameof(PsfFwhm));
        if (!(Sky >= 0 && double.IsFinite(Sky))) throw new ArgumentException($"Observation: sky {Sky} must be finite and ≥ 0 electrons/pixel.", nameof(Sky));
        if (!(ReadNoise >= 0 && double.IsFinite(ReadNoise)))
            throw new ArgumentException($"Observation: read noise {ReadNoise} must be finite and ≥ 0 electrons.", nameof(ReadNoise));
        if (SignalToNoise is { } snr && !(snr > 0 && double.IsFinite(snr)))
            throw new ArgumentException($"Observation: signal-to-noise {snr} must be finite and > 0.", nameof(SignalToNoise));
        if (SignalToNoise is not null && SkySigma == 0)
            throw new ArgumentException("Observation: a signal-to-noise target needs sky or read noise > 0.", nameof(SignalToNoise));
    }

    internal MoffatPsf? Psf() => PsfFwhm > 0 ? new MoffatPsf(PsfFwhm, MoffatBeta) : null;
}
