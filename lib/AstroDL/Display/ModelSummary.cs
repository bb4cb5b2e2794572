using System.Globalization;
using System.Net;
using System.Text;
using AstroDL.Modules;
using static AstroDL.torch;

namespace AstroDL.Display;

/// <summary>
/// A model's layers with their types, output shapes (from one run on a zero input of the given shape) and
/// parameter counts, and the totals, like Keras' model.summary() or torchinfo. Made by <c>model.summary(1, 784)</c>.
/// </summary>
[TypeFormatterSource(typeof(RichFormatterSource), PreferredMimeTypes = new[] { MimeType.Html, MimeType.PlainText })]
public sealed class ModelSummary : IRichDisplay
{
    private ModelSummary(string modelType, IReadOnlyList<Row> rows, long[] inputShape, string outputShape, long total, long trainable)
    {
        ModelType = modelType;
        Rows = rows;
        InputShape = inputShape;
        OutputShape = outputShape;
        TotalParameters = total;
        TrainableParameters = trainable;
    }

    /// <summary>One module: its dotted name, type, depth below the model, output shape and parameter count (null for containers).</summary>
    public sealed record Row(string Name, string Type, int Depth, string OutputShape, long? Parameters);

    public string ModelType { get; }

    public IReadOnlyList<Row> Rows { get; }

    public long[] InputShape { get; }

    public string OutputShape { get; }

    public long TotalParameters { get; }

    public long TrainableParameters { get; }

    public long NonTrainableParameters => TotalParameters - TrainableParameters;

    /// <summary>Runs <paramref name="model"/> once (evaluation mode, no gradients) on zeros of <paramref name="inputShape"/>.</summary>
    public static ModelSummary Of(nn.Module<Tensor, Tensor> model, long[] inputShape)
    {
        var wasTraining = model.training;
        model.eval();
        using var scope = NewDisposeScope();
        using var recorder = new ForwardRecorder();
        string outputShape;
        try
        {
            using var _ = no_grad();
            outputShape = ForwardRecorder.ShapeOf(model.call(zeros(inputShape)));
        }
        finally
        {
            model.train(wasTraining);
        }
        var rows = model.named_modules().Skip(1).Select(e => new Row(
            e.name,
            TypeName(e.module),
            e.name.Count(c => c == '.'),
            recorder.Outputs.TryGetValue(e.module, out var output) ? ForwardRecorder.ShapeOf(output) : "--",
            e.module.children().Any() ? null : e.module.parameters().Sum(p => p.numel()))).ToList();
        var parameters = model.parameters().ToList();
        return new ModelSummary(TypeName(model), rows, (long[])inputShape.Clone(), outputShape,
            parameters.Sum(p => p.numel()), parameters.Where(p => p.requires_grad).Sum(p => p.numel()));
    }

    /// <summary>The Keras-style table.</summary>
    public override string ToString()
    {
        var table = Rows.Select(r => (Layer: new string(' ', 2 * r.Depth) + $"{Short(r.Name)} ({r.Type})", r.OutputShape, Count(r.Parameters))).ToList();
        int w1 = Math.Max(20, table.Select(r => r.Layer.Length).DefaultIfEmpty(0).Max() + 2);
        int w2 = Math.Max(16, table.Select(r => r.OutputShape.Length).DefaultIfEmpty(0).Max() + 2);
        int w3 = Math.Max(10, table.Select(r => r.Item3.Length).DefaultIfEmpty(0).Max());
        var rule = new string('-', w1 + w2 + w3);
        var text = new StringBuilder();
        text.Append("Model: ").Append(ModelType).Append('\n').Append(rule).Append('\n');
        text.Append("Layer (type)".PadRight(w1)).Append("Output shape".PadRight(w2)).Append("Param #".PadLeft(w3)).Append('\n');
        text.Append(new string('=', rule.Length)).Append('\n');
        foreach (var (layer, shape, count) in table) text.Append(layer.PadRight(w1)).Append(shape.PadRight(w2)).Append(count.PadLeft(w3)).Append('\n');
        text.Append(rule).Append('\n');
        foreach (var (label, value) in Totals()) text.Append(label).Append(": ").Append(value).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    string? IRichDisplay.ToMime(string mimeType) => mimeType switch
    {
        MimeType.PlainText => ToString(),
        MimeType.Html => ToHtml(),
        _ => null,
    };

    private string ToHtml()
    {
        var html = new StringBuilder("<div class=\"astrodl-summary\"><b>Model: ").Append(WebUtility.HtmlEncode(ModelType)).Append("</b>");
        html.Append("<table><thead><tr><th style=\"text-align:left\">Layer (type)</th><th style=\"text-align:left\">Output shape</th>")
            .Append("<th style=\"text-align:right\">Param #</th></tr></thead><tbody>");
        foreach (var row in Rows)
        {
            html.Append($"<tr><td style=\"text-align:left;padding-left:{1 + 1.5 * row.Depth:0.#}em\">")
                .Append(WebUtility.HtmlEncode($"{Short(row.Name)} ({row.Type})")).Append("</td><td style=\"text-align:left\"><code>")
                .Append(WebUtility.HtmlEncode(row.OutputShape)).Append("</code></td><td style=\"text-align:right\">")
                .Append(Count(row.Parameters)).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        foreach (var (label, value) in Totals()) html.Append("<div>").Append(label).Append(": ").Append(WebUtility.HtmlEncode(value)).Append("</div>");
        return html.Append("</div>").ToString();
    }

    private IEnumerable<(string Label, string Value)> Totals() =>
    [
        ("Total params", Count(TotalParameters)),
        ("Trainable params", Count(TrainableParameters)),
        ("Non-trainable params", Count(NonTrainableParameters)),
        ("Input shape", "[" + string.Join(", ", InputShape) + "]"),
        ("Output shape", OutputShape),
    ];

    private static string Count(long? count) => count is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : "--";

    private static string Short(string dottedName) => dottedName[(dottedName.LastIndexOf('.') + 1)..];

    private static string TypeName(nn.Module module)
    {
        var name = module.GetType().Name;
        var tick = name.IndexOf('`');
        return tick >= 0 ? name[..tick] : name;
    }
}
