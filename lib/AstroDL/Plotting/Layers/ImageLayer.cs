namespace AstroDL.Plotting;

/// <summary>A picture (PNG pixels) stretched over a rectangle of data coordinates, row 0 at the top.</summary>
internal sealed class ImageLayer(RasterImage image, Bounds extent, string? opacity = null) : Layer
{
    public override Bounds? Bounds => extent;

    public override bool Tight => true;

    public override void Render(SvgWriter svg, PlotArea area)
    {
        double x0 = area.X(extent.XMin), x1 = area.X(extent.XMax);
        double top = area.InvertY ? area.Y(extent.YMin) : area.Y(extent.YMax);
        double bottom = area.InvertY ? area.Y(extent.YMax) : area.Y(extent.YMin);
        svg.Image(Math.Min(x0, x1), top, Math.Abs(x1 - x0), bottom - top, image.ToPng(), opacity);
    }

    public override string Describe() => $"image ({image.Height}x{image.Width}{(image.Color == PngColor.Rgb ? ", RGB" : "")})";
}
