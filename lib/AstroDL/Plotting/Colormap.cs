namespace AstroDL.Plotting;

/// <summary>
/// Maps values in [0, 1] to colours. Viridis (matplotlib's default) is perceptually uniform and readable in greyscale
/// and by colour-blind readers; here it is interpolated between its colours at every eighth of the range.
/// </summary>
public sealed class Colormap
{
    private readonly (byte R, byte G, byte B)[] stops;

    private Colormap(params string[] hexStops) => stops = hexStops.Select(Palette.Rgb).ToArray();

    public static Colormap Viridis { get; } =
        new("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725");

    /// <summary>White to blue, for counts (confusion matrices) where zero should look empty.</summary>
    public static Colormap Blues { get; } = new("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

    /// <summary>Black to white, for single-channel images.</summary>
    public static Colormap Gray { get; } = new("#000000", "#ffffff");

    public (byte R, byte G, byte B) Rgb(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var position = t * (stops.Length - 1);
        var i = Math.Min((int)position, stops.Length - 2);
        var f = position - i;
        var (a, b) = (stops[i], stops[i + 1]);
        return (Palette.Mix(a.R, b.R, f), Palette.Mix(a.G, b.G, f), Palette.Mix(a.B, b.B, f));
    }

    public string Hex(double t) => Palette.Hex(Rgb(t));

    /// <summary>Whether text drawn on this colour should be white (dark background) rather than black.</summary>
    internal bool IsDark(double t)
    {
        var (r, g, b) = Rgb(t);
        return 0.299 * r + 0.587 * g + 0.114 * b < 128;
    }
}
