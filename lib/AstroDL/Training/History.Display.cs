using System.Globalization;
using System.Text;
using AstroDL.Display;
using AstroDL.Plotting;

namespace AstroDL.Training;

/// <summary>In notebooks a history shows its curves (loss and each metric, training and validation) as SVG.</summary>
[TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Svg, MimeType.PlainText })]
public sealed partial class History : IRichDisplay
{
    /// <summary>The values as a table, one row per epoch.</summary>
    public override string ToString()
    {
        var names = Keys.ToList();
        var text = new StringBuilder("epoch");
        foreach (var name in names) text.Append("  ").Append(name.PadLeft(12));
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            text.Append('\n').Append((epoch + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5));
            foreach (var name in names) text.Append("  ").Append(this[name][epoch].ToString("F4", CultureInfo.InvariantCulture).PadLeft(12));
        }
        return text.ToString();
    }

    string? IRichDisplay.ToMime(string mimeType) =>
        mimeType == MimeType.PlainText ? ToString() : ((IRichDisplay)Plot.History(this)).ToMime(mimeType);
}
