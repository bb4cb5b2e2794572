namespace AstroDL.Plotting;

/// <summary>Colours for series and classes: the ten "tab10" colours that most plotting tools use, in their order.</summary>
public static class Palette
{
    public static readonly IReadOnlyList<string> Categorical =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>The colour of series or class <paramref name="index"/> (colours repeat after ten).</summary>
    public static string Color(long index) => Categorical[(int)(((index % Categorical.Count) + Categorical.Count) % Categorical.Count)];

    internal static (byte R, byte G, byte B) Rgb(string hex) =>
        (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));

    internal static string Hex((byte R, byte G, byte B) rgb) => $"#{rgb.R:x2}{rgb.G:x2}{rgb.B:x2}";

    /// <summary>The colour mixed with white: <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    internal static (byte R, byte G, byte B) Lighten(string hex, double amount)
    {
        var (r, g, b) = Rgb(hex);
        return (Mix(r, 255, amount), Mix(g, 255, amount), Mix(b, 255, amount));
    }

    internal static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * amount);
}
