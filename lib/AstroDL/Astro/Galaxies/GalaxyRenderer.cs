using System.Numerics.Tensors;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Turns a model into an observed image: every component drawn once and added to each band with its colour, the diffuse
/// light convolved with the PSF, point sources drawn with the PSF, the flux scaled to the S/N target, then sky Poisson
/// and read noise. One renderer per thread: it owns its scratch planes.
/// </summary>
internal sealed class GalaxyRenderer
{
    private readonly Observation observation;
    private readonly MoffatPsf? psf;
    private readonly int size, plane;
    private readonly float[] unit, diffuse, padded;

    public GalaxyRenderer(Observation observation, MoffatPsf? psf)
    {
        this.observation = observation;
        this.psf = psf;
        size = observation.Size;
        plane = size * size;
        unit = new float[plane];
        diffuse = new float[observation.Bands * plane];
        int stride = size + 2 * (psf?.Radius ?? 0);
        padded = new float[stride * stride];
    }

    /// <summary>Writes the image [bands, size, size] to <paramref name="image"/>; returns the truth with the flux it got.</summary>
    public GalaxyParameters Render(GalaxyModel model, float[] image, int offset, ref ImageStream stream)
    {
        var target = image.AsSpan(offset, observation.Bands * plane);
        DrawModel(model.Components, target);
        var truth = model.Truth with { Bands = observation.Bands };
        if (observation.SignalToNoise is { } snr)
        {
            // The r band is band 0 of one and band 1 of three.
            var r = target.Slice(observation.Bands == 1 ? 0 : plane, plane);
            double norm = Math.Sqrt(TensorPrimitives.SumOfSquares<float>(r));
            if (norm > 0)
            {
                double factor = snr * observation.SkySigma / norm;
                TensorPrimitives.Multiply(target, (float)factor, target);
                truth = truth with { Flux = truth.Flux * factor };
            }
        }
        if (observation.Noise) AddNoise(target, ref stream);
        return truth;
    }

    /// <summary>The noise-free image of <paramref name="components"/>, [bands, size, size], into <paramref name="target"/>.</summary>
    public void DrawModel(IReadOnlyList<GalaxyComponent> components, Span<float> target)
    {
        int bands = observation.Bands;
        Array.Clear(diffuse);
        target.Clear();
        foreach (var component in components.Where(c => !c.IsPointSource)) AddInBands(component, diffuse, (c, p) => c.Draw(p, size));
        for (int b = 0; b < bands; b++)
        {
            var band = diffuse.AsSpan(b * plane, plane);
            if (psf is null) band.CopyTo(target.Slice(b * plane, plane));
            else psf.Convolve(band, target.Slice(b * plane, plane), size, padded);
        }
        var points = components.OfType<PointSourceComponent>().ToList();
        if (points.Count == 0) return;
        Array.Clear(diffuse);
        foreach (var point in points)
        {
            AddInBands(point, diffuse, (c, p) =>
            {
                if (psf is null) c.Draw(p, size);
                else ((PointSourceComponent)c).Draw(p, size, psf);
            });
        }
        TensorPrimitives.Add(target, diffuse.AsSpan(0, bands * plane), target);
    }

    private void AddInBands(GalaxyComponent component, float[] bandsPlanes, Action<GalaxyComponent, float[]> draw)
    {
        int bands = observation.Bands;
        if (bands == 1)
        {
            draw(component, bandsPlanes);
            return;
        }
        Array.Clear(unit);
        draw(component, unit);
        for (int b = 0; b < bands; b++)
        {
            var band = bandsPlanes.AsSpan(b * plane, plane);
            TensorPrimitives.MultiplyAdd(unit, (float)component.Colour.Weight(b, bands), band, band);
        }
    }

    /// <summary>
    /// Counts ~ Poisson(S + sky) + Normal(0, read²), sky subtracted. Where S + sky ≥ 30 one normal of variance
    /// S + sky + read² stands for both (the Poisson's normal limit); below that the Poisson is drawn exactly.
    /// </summary>
    private void AddNoise(Span<float> image, ref ImageStream stream)
    {
        double sky = observation.Sky, read = observation.ReadNoise, read2 = read * read;
        for (int i = 0; i < image.Length; i++)
        {
            double signal = Math.Max(0, image[i]), mean = signal + sky;
            image[i] = (float)(mean >= 30
                ? image[i] + Math.Sqrt(mean + read2) * stream.Normal()
                : stream.Poisson(mean) - sky + (read > 0 ? read * stream.Normal() : 0));
        }
    }
}
