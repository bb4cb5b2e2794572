namespace AstroDL.Astro.LightCurves;

/// <summary>What makes a simulated star's brightness change; the label of a light-curve classifier.</summary>
public enum LightCurveClass
{
    /// <summary>No intrinsic variability: noise only (the negatives of a transit search).</summary>
    Constant,
    /// <summary>A planet crossing a limb-darkened star.</summary>
    Transit,
    /// <summary>EA, Algol type: a detached binary, flat between narrow eclipses.</summary>
    EclipsingAlgol,
    /// <summary>EB, β Lyrae type: ellipsoidal stars, continuous variation, unequal minima.</summary>
    EclipsingBetaLyrae,
    /// <summary>EW, W UMa type: a contact binary, nearly equal minima half a period apart.</summary>
    EclipsingWUMa,
    /// <summary>RRab: fundamental-mode RR Lyrae, a fast rise and a slow decline.</summary>
    RRLyraeAB,
    /// <summary>RRc: first-overtone RR Lyrae, nearly sinusoidal.</summary>
    RRLyraeC,
    /// <summary>Classical (δ Cephei) Cepheid: asymmetric, with a bump for periods near 10 days.</summary>
    Cepheid,
    /// <summary>δ Scuti: short periods, small amplitudes, several modes at once.</summary>
    DeltaScuti,
    /// <summary>Mira: long-period giant, several magnitudes, cycles that differ.</summary>
    Mira,
    /// <summary>Spotted rotator (BY Draconis): quasi-sinusoidal, spots that grow and decay.</summary>
    Rotator,
}
