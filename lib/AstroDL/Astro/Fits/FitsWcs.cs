namespace AstroDL.Astro.Fits;

/// <summary>
/// The world coordinate keywords of a two-axis image (FITS WCS paper I), index 0 for axis 1 (x) and 1 for axis 2 (y):
/// types such as RA---TAN, reference pixel (1-based, as in the file), reference value, increments, units, and the linear
/// matrix from CDi_j (or PCi_j scaled by CDELTi) in world units per pixel.
/// </summary>
public sealed record FitsWcs(string[] CType, double[] CRPix, double[] CRVal, double[] CDelt, string[] CUnit, double[,] Matrix, double? Equinox, string? RaDeSys)
{
    /// <summary>True when the header names at least one coordinate type.</summary>
    public bool IsPresent => CType.Any(t => t.Length > 0);

    internal static FitsWcs From(FitsHeader h)
    {
        string Text(string key) => h[key] as string ?? "";
        double Value(string key, double fallback) => h.Number(key) ?? fallback;
        double[] Pair(string key, double fallback) => [Value(key + "1", fallback), Value(key + "2", fallback)];
        var delt = Pair("CDELT", 1);
        bool hasCd = h.Contains("CD1_1") || h.Contains("CD1_2") || h.Contains("CD2_1") || h.Contains("CD2_2");
        var matrix = new double[2, 2];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                matrix[i, j] = hasCd ? Value($"CD{i + 1}_{j + 1}", 0) : Value($"PC{i + 1}_{j + 1}", i == j ? 1 : 0) * delt[i];
            }
        }
        return new FitsWcs([Text("CTYPE1"), Text("CTYPE2")], Pair("CRPIX", 0), Pair("CRVAL", 0), delt, [Text("CUNIT1"), Text("CUNIT2")],
            matrix, h.Number("EQUINOX"), h["RADESYS"] as string ?? h["RADECSYS"] as string);
    }

    /// <summary>
    /// Intermediate world coordinates (CRVAL plus the linear part, before any sky projection) of the pixel at 0-based
    /// (x, y): exact for linear axes, a first approximation near the reference pixel for projected ones such as TAN.
    /// </summary>
    public (double X, double Y) Linear(double x, double y)
    {
        double dx = x + 1 - CRPix[0], dy = y + 1 - CRPix[1];
        return (CRVal[0] + Matrix[0, 0] * dx + Matrix[0, 1] * dy, CRVal[1] + Matrix[1, 0] * dx + Matrix[1, 1] * dy);
    }
}
