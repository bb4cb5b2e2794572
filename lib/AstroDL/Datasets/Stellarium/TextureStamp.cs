namespace AstroDL.Datasets;

/// <summary>
/// Cuts a square stamp out of a texture around a galaxy and resizes it by area averaging (each output pixel is the mean
/// of the input area it covers, fractional pixels weighted by their overlap). The square is the largest one centred on
/// the galaxy that fits inside the image, but at least half the image's shorter side: for a galaxy nearer an edge than a
/// quarter of that, the square keeps that size and shifts to stay inside, so the galaxy sits off centre.
/// </summary>
internal static class TextureStamp
{
    /// <summary>Writes [3, size, size] values in [0, 1] to <paramref name="target"/>; (x, y) is the galaxy in pixels from the top left.</summary>
    public static void Cut(TextureImage image, double x, double y, int size, Span<float> target)
    {
        double shorter = Math.Min(image.Width, image.Height);
        double half = Math.Max(Math.Min(Math.Min(x, image.Width - x), Math.Min(y, image.Height - y)), shorter / 4);
        half = Math.Min(half, shorter / 2);
        double left = Math.Clamp(x - half, 0, image.Width - 2 * half), top = Math.Clamp(y - half, 0, image.Height - 2 * half);
        var columns = Weights(left, 2 * half, size, image.Width);
        var rows = Weights(top, 2 * half, size, image.Height);
        int plane = size * size;
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                double r = 0, g = 0, b = 0;
                foreach (var (row, wy) in rows[i])
                {
                    foreach (var (column, wx) in columns[j])
                    {
                        int at = 3 * (row * image.Width + column);
                        double w = wx * wy;
                        r += w * image.Rgb[at];
                        g += w * image.Rgb[at + 1];
                        b += w * image.Rgb[at + 2];
                    }
                }
                target[i * size + j] = (float)(r / 255);
                target[plane + i * size + j] = (float)(g / 255);
                target[2 * plane + i * size + j] = (float)(b / 255);
            }
        }
    }

    /// <summary>
    /// For each of <paramref name="size"/> output cells over [start, start + length), the input pixels it overlaps and
    /// their weights, which sum to 1.
    /// </summary>
    internal static List<(int Pixel, double Weight)>[] Weights(double start, double length, int size, int pixels)
    {
        var cells = new List<(int, double)>[size];
        double step = length / size;
        for (int k = 0; k < size; k++)
        {
            double from = start + k * step, to = from + step;
            cells[k] = [];
            for (int p = (int)Math.Floor(from); p < to && p < pixels; p++)
            {
                double overlap = Math.Min(to, p + 1) - Math.Max(from, p);
                if (overlap > 0) cells[k].Add((Math.Max(p, 0), overlap / step));
            }
        }
        return cells;
    }
}
