namespace AstroDL;

public static partial class torch
{
    /// <summary>GPU queries. This build has no CUDA backend yet, so no GPU is ever reported.</summary>
    public static class cuda
    {
        public static bool is_available() => false;

        public static int device_count() => 0;
    }
}
