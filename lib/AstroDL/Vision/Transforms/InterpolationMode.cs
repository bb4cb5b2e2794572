namespace AstroDL;

public static partial class torchvision
{
    /// <summary>How a geometric transform reads the input between pixel centres (the modes of torchvision the kit implements).</summary>
    public enum InterpolationMode
    {
        /// <summary>The value of the closest pixel.</summary>
        Nearest,

        /// <summary>The distance-weighted mean of the four closest pixels.</summary>
        Bilinear,
    }
}
