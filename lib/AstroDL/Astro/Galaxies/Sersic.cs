namespace AstroDL.Astro.Galaxies;

/// <summary>Constants of the Sérsic profile I(R) = I_e exp{−b_n [(R/R_e)^{1/n} − 1]}.</summary>
public static class Sersic
{
    /// <summary>The range of Sérsic indices the simulator accepts (GalSim's, where the profile stays accurate).</summary>
    public const double MinIndex = 0.3, MaxIndex = 6.2;

    /// <summary>
    /// b_n such that R_e encloses half the light: Ciotti &amp; Bertin (1999) above n = 0.36, MacArthur et al. (2003) below.
    /// </summary>
    public static double B(double n)
    {
        CheckIndex(n, "n");
        if (n <= 0.36) return 0.01945 - 0.8902 * n + 10.95 * n * n - 19.67 * n * n * n + 13.43 * n * n * n * n;
        return 2 * n - 1.0 / 3 + 4 / (405 * n) + 46 / (25515 * n * n) + 131 / (1148175 * n * n * n)
            - 2194697 / (30690717750 * n * n * n * n);
    }

    /// <summary>The total flux of a profile with I_e = 1: 2π q R_e² n e^{b_n} b_n^{−2n} Γ(2n).</summary>
    public static double TotalFluxPerIe(double n, double effectiveRadius, double axisRatio)
    {
        double b = B(n);
        return 2 * Math.PI * axisRatio * effectiveRadius * effectiveRadius * n * Math.Exp(b + LogGamma(2 * n) - 2 * n * Math.Log(b));
    }

    internal static void CheckIndex(double n, string name)
    {
        if (!(n >= MinIndex && n <= MaxIndex))
            throw new ArgumentException($"Sérsic index {name} = {n}: must lie in [{MinIndex}, {MaxIndex}].", name);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine terms; relative error below 1e-13).</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        double sum = Lanczos[0];
        for (int i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
}
