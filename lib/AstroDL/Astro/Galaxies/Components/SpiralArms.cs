namespace AstroDL.Astro.Galaxies;

/// <summary>
/// Logarithmic spiral arms that modulate a disc by 1 − A + 2A·S, S = ((1 + cos Φ)/2)^k,
/// Φ = m[θ − ln(R/h)/tan ψ] + φ0: <paramref name="Count"/> arms m, pitch angle ψ in radians, contrast A in [0, 1],
/// sharpness k, phase φ0; inside <paramref name="InnerRadius"/> pixels (a bar's end) the arms fade out.
/// </summary>
public sealed record SpiralArms(int Count, double Pitch, double Contrast, double Sharpness = 2, double Phase = 0, double InnerRadius = 0)
{
    internal void Check()
    {
        if (Count is < 1 or > 6) throw new ArgumentException($"Spiral arms: count {Count} must lie in [1, 6].", nameof(Count));
        if (!(Pitch > 0 && Pitch < Math.PI / 2)) throw new ArgumentException($"Spiral arms: pitch {Pitch} rad must lie in (0, π/2).", nameof(Pitch));
        if (!(Contrast >= 0 && Contrast <= 1)) throw new ArgumentException($"Spiral arms: contrast {Contrast} must lie in [0, 1].", nameof(Contrast));
        if (!(Sharpness >= 1 && Sharpness <= 8)) throw new ArgumentException($"Spiral arms: sharpness {Sharpness} must lie in [1, 8].", nameof(Sharpness));
    }

    /// <summary>The mean of S over a turn, C(2k, k)/4^k, extended to real k through Γ; keeps the disc's flux as asked.</summary>
    internal double MeanArm =>
        Math.Exp(Sersic.LogGamma(2 * Sharpness + 1) - 2 * Sersic.LogGamma(Sharpness + 1) - 2 * Sharpness * Math.Log(2));
}
