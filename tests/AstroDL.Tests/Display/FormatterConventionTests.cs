using System.Collections;
using System.Globalization;
using System.Reflection;
using AstroDL.Display;
using AstroDL.Plotting;
using AstroDL.Training;
using static AstroDL.torch;

namespace AstroDL.Tests.Display;

/// <summary>
/// The library's types must follow the notebook formatting convention exactly as a host discovers it: by the
/// attribute's name, through reflection only, with one public Format(object, TextWriter) per formatter.
/// </summary>
public class FormatterConventionTests
{
    /// <summary>What a host does: find the attribute by name, create the source, and collect (MIME type, formatter) pairs.</summary>
    private static (string[]? Preferred, List<(string MimeType, object Formatter)> Formatters) Discover(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        var formatters = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>()
            .Select(f => ((string)f.GetType().GetProperty("MimeType")!.GetValue(f)!, f))
            .ToList();
        return ((string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute), formatters);
    }

    private static string? Format(object value, string mimeType)
    {
        foreach (var (mime, formatter) in Discover(value.GetType()).Formatters.Where(f => f.MimeType == mimeType))
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            var format = formatter.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(m => m.Name == "Format");
            if ((bool)format.Invoke(formatter, [value, writer])!) return writer.ToString();
        }
        return null;
    }

    [Theory]
    [InlineData(typeof(Tensor), MimeType.Html)]
    [InlineData(typeof(AstroDL.Modules.Parameter), MimeType.Html)]
    [InlineData(typeof(AstroDL.Modules.Linear), MimeType.Html)]
    [InlineData(typeof(ModelSummary), MimeType.Html)]
    [InlineData(typeof(History), MimeType.Svg)]
    [InlineData(typeof(Figure), MimeType.Svg)]
    [InlineData(typeof(ImageGrid), MimeType.Svg)]
    public void TypesNameTheirFormatterSourceAndPreferARichTypeThenText(Type type, string richest)
    {
        var (preferred, formatters) = Discover(type);

        Assert.Equal([richest, MimeType.PlainText], preferred!);
        Assert.Contains(formatters, f => f.MimeType == richest);
        Assert.Contains(formatters, f => f.MimeType == MimeType.PlainText);
    }

    [Fact]
    public void TensorRendersItsSummaryAndValuesAsTextAndHtml()
    {
        var t = tensor(new float[,] { { 1, 2 }, { 3, 4 } });

        Assert.Equal(t.ToString(), Format(t, MimeType.PlainText));
        var html = Format(t, MimeType.Html)!;
        Assert.StartsWith("<div class=\"astrodl-tensor\"><div><b>tensor</b> [2x2], type = float32", html);
        Assert.Contains("<pre>tensor([[1., 2.],\n        [3., 4.]])</pre>", html);
    }

    [Fact]
    public void FormattersDeclineValuesOfOtherTypesSoTheHostTriesTheNext()
    {
        var (_, formatters) = Discover(typeof(Tensor));

        Assert.All(formatters, f => Assert.False((bool)f.Formatter.GetType().GetMethod("Format")!.Invoke(f.Formatter, [42, new StringWriter()])!));
    }

    [Fact]
    public void ModuleShowsThePytorchPrintoutAndItsParameterCount()
    {
        var model = nn.Sequential(nn.Linear(4, 3), nn.ReLU());

        var text = Format(model, MimeType.PlainText)!;

        Assert.StartsWith("Sequential(\n  (0): Linear(in_features=4, out_features=3, bias=True)", text);
        Assert.EndsWith("Parameters: 15", text);
    }

    [Fact]
    public void HistoryShowsCurvesAsSvgAndATableAsText()
    {
        var history = new History();
        history.Add(new Dictionary<string, double> { ["loss"] = 1.0, ["accuracy"] = 0.5, ["val_loss"] = 1.2, ["val_accuracy"] = 0.4 });
        history.Add(new Dictionary<string, double> { ["loss"] = 0.5, ["accuracy"] = 0.8, ["val_loss"] = 0.7, ["val_accuracy"] = 0.7 });

        var svg = Format(history, MimeType.Svg)!;
        var text = Format(history, MimeType.PlainText)!;

        Assert.Contains(">loss</text>", svg);
        Assert.Contains(">accuracy</text>", svg);
        Assert.Contains(">validation</text>", svg);
        Assert.Equal(["epoch", "loss", "accuracy", "val_loss", "val_accuracy"], text.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("0.5000        0.8000        0.7000        0.7000", text);
    }
}
