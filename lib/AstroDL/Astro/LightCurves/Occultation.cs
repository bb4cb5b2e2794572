namespace AstroDL.Astro.LightCurves;

/// <summary>
/// How much of a uniform disc of radius 1 a second disc of radius p hides when their centres are z apart
/// (Mandel &amp; Agol 2002, eq. 1): the fraction λ of the first disc's area that is covered.
/// </summary>
internal static class Occultation
{
    public static double CoveredFraction(double p, double z)
    {
        if (z >= 1 + p) return 0;
        if (z <= p - 1) return 1;
        if (z <= 1 - p) return p * p;
        double k0 = Math.Acos(Math.Clamp((p * p + z * z - 1) / (2 * p * z), -1, 1));
        double k1 = Math.Acos(Math.Clamp((1 - p * p + z * z) / (2 * z), -1, 1));
        double lens = Math.Sqrt(Math.Max(0, 4 * z * z - Math.Pow(1 + z * z - p * p, 2)));
        return (p * p * k0 + k1 - 0.5 * lens) / Math.PI;
    }
}
