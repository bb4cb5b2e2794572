namespace AstroDL.Datasets;

/// <summary>Which Galaxy10 file: the DECaLS images (2021, 256×256, g r z) or the original SDSS images (69×69, g r i).</summary>
public enum Galaxy10Variant
{
    /// <summary>Galaxy10 DECaLS: 17,736 images of 256×256 from the DESI Legacy Imaging Surveys, with ra, dec, redshift and pixel scale.</summary>
    Decals,

    /// <summary>Galaxy10 SDSS: 21,785 images of 69×69 from the Sloan Digital Sky Survey.</summary>
    Sdss,
}
