using static AstroDL.torch;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Simulated images with their labels and truth: <see cref="Images"/> float32 [N, bands, H, W] in electrons with the sky
/// subtracted, <see cref="Labels"/> int64 [N], one <see cref="GalaxyParameters"/> per image, and for blends
/// <see cref="Masks"/> float32 [N, 2, H, W] (1 where that galaxy's light dominates and is above the sky noise).
/// </summary>
public sealed record GalaxyBatch(Tensor Images, Tensor Labels, IReadOnlyList<GalaxyParameters> Parameters, IReadOnlyList<string> ClassNames,
    Observation Observation, Tensor? Masks = null)
{
    public int Count => Parameters.Count;

    /// <summary>
    /// The images through the asinh stretch (colour ratios kept), softened at the sky noise and scaled so that
    /// <paramref name="maximum"/> sky sigmas map to 1: what a person (and a CNN) sees best.
    /// </summary>
    public Tensor Stretched(double maximum = 300) => AsinhStretch.Apply(Images, Observation.SkySigma > 0 ? Observation.SkySigma : 1, maximum);

    public void Deconstruct(out Tensor images, out Tensor labels)
    {
        images = Images;
        labels = Labels;
    }

    public override string ToString() =>
        $"GalaxyBatch: {Count:N0} images [{string.Join(", ", Images.shape)}], {Observation.Bands} band(s), PSF FWHM {Observation.PsfFwhm} px, " +
        $"sky {Observation.Sky} e⁻/px{(Observation.SignalToNoise is { } s ? $", S/N {s}" : "")}";

    internal static Tensor LabelTensor(IReadOnlyList<GalaxyParameters> parameters) => tensor(parameters.Select(p => (long)p.Label).ToArray());
}
