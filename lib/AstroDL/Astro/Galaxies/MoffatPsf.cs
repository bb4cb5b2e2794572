using System.Numerics.Tensors;

namespace AstroDL.Astro.Galaxies;

/// <summary>
/// The Moffat PSF I(r) = (β−1)/(π α²) [1 + (r/α)²]^{−β}, FWHM = 2α √(2^{1/β} − 1), as a pixel kernel truncated where it
/// has all but 0.3% of its light and normalised to a sum of 1; convolution is direct, one kernel row at a time.
/// </summary>
public sealed class MoffatPsf
{
    private const double LostLight = 0.003;
    private readonly float[] kernel;

    /// <param name="fwhm">Full width at half maximum in pixels, 0.5 to 20.</param>
    /// <param name="beta">Moffat β, 1.5 to 10 (4.765 matches Kolmogorov seeing).</param>
    public MoffatPsf(double fwhm, double beta = 3.5)
    {
        if (!(fwhm >= 0.5 && fwhm <= 20)) throw new ArgumentException($"Moffat PSF: fwhm {fwhm} must lie in [0.5, 20] pixels.", nameof(fwhm));
        if (!(beta >= 1.5 && beta <= 10)) throw new ArgumentException($"Moffat PSF: beta {beta} must lie in [1.5, 10].", nameof(beta));
        Fwhm = fwhm;
        Beta = beta;
        Alpha = fwhm / (2 * Math.Sqrt(Math.Pow(2, 1 / beta) - 1));
        // Light outside R is (1 + R²/α²)^{1−β}.
        Radius = (int)Math.Ceiling(Alpha * Math.Sqrt(Math.Pow(LostLight, 1 / (1 - beta)) - 1));
        Width = 2 * Radius + 1;
        kernel = new float[Width * Width];
        DrawPoint(kernel, Width, 0, 0, 1);
        float sum = TensorPrimitives.Sum<float>(kernel);
        TensorPrimitives.Divide(kernel, sum, kernel);
    }

    public double Fwhm { get; }

    public double Beta { get; }

    /// <summary>The Moffat scale radius α in pixels.</summary>
    public double Alpha { get; }

    /// <summary>The kernel's half width in pixels: the kernel is (2·Radius + 1)² pixels.</summary>
    public int Radius { get; }

    internal int Width { get; }

    /// <summary>Adds a point of <paramref name="flux"/> at the offset (x, y) from the plane's centre, blurred by the PSF.</summary>
    internal void DrawPoint(float[] plane, int size, double x, double y, float flux) =>
        ProfileSampler.Draw(new Profile((float)(1 / (Alpha * Alpha)), (float)Beta), plane, size, x, y,
            (float)(flux * (Beta - 1) / (Math.PI * Alpha * Alpha)), denseRadius: Math.Max(2, Alpha));

    /// <summary>
    /// <paramref name="output"/> = <paramref name="input"/> ⊛ kernel on size × size planes; light that the kernel spreads
    /// past the edge is lost, as on a real stamp. <paramref name="padded"/> is scratch of at least (size + 2·Radius)².
    /// </summary>
    internal void Convolve(ReadOnlySpan<float> input, Span<float> output, int size, float[] padded)
    {
        int stride = size + 2 * Radius;
        Array.Clear(padded, 0, stride * stride);
        for (int row = 0; row < size; row++) input.Slice(row * size, size).CopyTo(padded.AsSpan((row + Radius) * stride + Radius, size));
        output[..(size * size)].Clear();
        for (int row = 0; row < size; row++)
        {
            var target = output.Slice(row * size, size);
            for (int ky = 0; ky < Width; ky++)
            {
                int source = (row + Width - 1 - ky) * stride;
                for (int kx = 0; kx < Width; kx++)
                {
                    float weight = kernel[ky * Width + kx];
                    if (weight < 1e-7f) continue;
                    var span = padded.AsSpan(source + Width - 1 - kx, size);
                    TensorPrimitives.MultiplyAdd(span, weight, target, target);
                }
            }
        }
    }

    private readonly struct Profile(float inverseAlpha2, float beta) : IProfile
    {
        public float At(float dx, float dy) => MathF.Pow(1 + (dx * dx + dy * dy) * inverseAlpha2, -beta);
    }
}
