namespace AstroDL.Datasets;

/// <summary>Numbers of a <see cref="Galaxy"/> that can serve as a model's inputs.</summary>
public enum GalaxyFeature
{
    /// <summary>Minor over major axis, b/a: 1 for a round image, small for an elongated (or edge-on) one.</summary>
    AxisRatio,

    /// <summary>B−V colour index in magnitudes: larger is redder (ellipticals ≈ 0.9, spirals ≈ 0.6).</summary>
    BMinusV,

    /// <summary>log10 of the major axis in arcminutes.</summary>
    LogMajorAxis,

    /// <summary>Apparent magnitude: larger is fainter.</summary>
    Magnitude,
}
