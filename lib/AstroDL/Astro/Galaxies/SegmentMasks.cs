namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The true segmentation of a blend: pixel p belongs to galaxy k when k's noise-free light there is the largest of the
/// galaxies' and above the sky noise (or, without noise, above 0.1% of its peak).
/// </summary>
internal static class SegmentMasks
{
    public static void Write(GalaxyRenderer renderer, GalaxyModel model, double fluxScale, Observation obs, float[] scratch, float[] masks, long offset)
    {
        var segments = model.Segments!;
        if (segments.Count != 2) throw new InvalidOperationException($"a blend has two galaxies, got {segments.Count} segments");
        int plane = obs.Size * obs.Size, bands = obs.Bands;
        var light = new float[2][];
        for (int k = 0; k < 2; k++)
        {
            renderer.DrawModel(segments[k].Select(c => model.Components[c]).ToList(), scratch);
            light[k] = new float[plane];
            for (int p = 0; p < plane; p++)
            {
                float sum = 0;
                for (int b = 0; b < bands; b++) sum += scratch[b * plane + p];
                light[k][p] = (float)(sum / bands * fluxScale);
            }
        }
        for (int k = 0; k < 2; k++)
        {
            float threshold = obs.Noise && obs.SkySigma > 0 ? (float)obs.SkySigma : 1e-3f * light[k].Max();
            var other = light[1 - k];
            for (int p = 0; p < plane; p++) masks[offset + k * plane + p] = light[k][p] >= threshold && light[k][p] > other[p] ? 1 : 0;
        }
    }
}
