using static AstroDL.torch;

namespace AstroDL.Datasets;

/// <summary>The per-image values the DECaLS file holds beside the images, each float64 [N] or null when the file lacks it.</summary>
internal sealed record Galaxy10Extras(Tensor? Ra, Tensor? Dec, Tensor? Redshift, Tensor? PixelScale);
