using System.Runtime.CompilerServices;

namespace AstroDL.Astro.Galaxies;

/// <summary>A surface brightness at an offset (dx, dy) in pixels from a component's centre.</summary>
internal interface IProfile
{
    float At(float dx, float dy);
}

/// <summary>
/// Adds a profile to a plane, one sample at each pixel centre except near the centre, where cuspy profiles (high
/// Sérsic n, point sources) change within a pixel: there each pixel is the mean of a fine grid of samples, and the
/// pixel that holds the centre a finer one. The grids have even sizes so that no sample falls on the peak itself,
/// which alone would add a whole sample's weight of the n = 4 cusp (3% of the light of a centred R_e = 6 px bulge).
/// </summary>
internal static class ProfileSampler
{
    private const int Oversampling = 8, CentreOversampling = 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Draw<T>(T profile, float[] plane, int size, double x, double y, float scale, double denseRadius = 3)
        where T : struct, IProfile
    {
        float centre = (size - 1) / 2f;
        float cx = centre + (float)x, cy = centre + (float)y;
        float dense2 = (float)(denseRadius * denseRadius);
        for (int row = 0; row < size; row++)
        {
            float dy = row - cy;
            int offset = row * size;
            for (int col = 0; col < size; col++)
            {
                float dx = col - cx;
                float value = dx * dx + dy * dy > dense2 ? profile.At(dx, dy)
                    : Mean(profile, dx, dy, MathF.Abs(dx) <= 0.5f && MathF.Abs(dy) <= 0.5f ? CentreOversampling : Oversampling);
                plane[offset + col] += scale * value;
            }
        }
    }

    private static float Mean<T>(T profile, float dx, float dy, int samples) where T : struct, IProfile
    {
        float step = 1f / samples, start = -0.5f + 0.5f * step;
        float sum = 0;
        for (int i = 0; i < samples; i++)
        {
            for (int j = 0; j < samples; j++) sum += profile.At(dx + start + j * step, dy + start + i * step);
        }
        return sum / (samples * samples);
    }
}

/// <summary>Rotation into a component's frame: x' along the major axis, y' along the minor one.</summary>
internal readonly struct Frame(double positionAngle)
{
    private readonly float cos = (float)Math.Cos(positionAngle), sin = (float)Math.Sin(positionAngle);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (float X, float Y) Rotate(float dx, float dy) => (dx * cos + dy * sin, -dx * sin + dy * cos);
}
