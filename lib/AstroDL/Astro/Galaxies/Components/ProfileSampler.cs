using System.Runtime.CompilerServices;

namespace AstroDL.Astro.Galaxies;

/// <summary>A surface brightness at an offset (dx, dy) in pixels from a component's centre.</summary>
internal interface IProfile
{
    float At(float dx, float dy);
}

/// <summary>
/// Adds a profile to a plane, one sample at each pixel centre except near the centre, where cuspy profiles (high
/// Sérsic n, point sources) change within a pixel: there each pixel is the mean of a fine grid of samples.
/// </summary>
internal static class ProfileSampler
{
    private const int Oversampling = 9;

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
                float value = dx * dx + dy * dy <= dense2 ? Mean(profile, dx, dy) : profile.At(dx, dy);
                plane[offset + col] += scale * value;
            }
        }
    }

    private static float Mean<T>(T profile, float dx, float dy) where T : struct, IProfile
    {
        const float step = 1f / Oversampling, start = -0.5f + 0.5f * step;
        float sum = 0;
        for (int i = 0; i < Oversampling; i++)
        {
            for (int j = 0; j < Oversampling; j++) sum += profile.At(dx + start + j * step, dy + start + i * step);
        }
        return sum / (Oversampling * Oversampling);
    }
}

/// <summary>Rotation into a component's frame: x' along the major axis, y' along the minor one.</summary>
internal readonly struct Frame(double positionAngle)
{
    private readonly float cos = (float)Math.Cos(positionAngle), sin = (float)Math.Sin(positionAngle);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (float X, float Y) Rotate(float dx, float dy) => (dx * cos + dy * sin, -dx * sin + dy * cos);
}
