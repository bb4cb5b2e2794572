using System.Globalization;
using AstroDL.Plotting;

namespace AstroDL.Training;

/// <summary>
/// What a notebook shows while fit() runs: a progress line and bar, and the loss per batch (averaged down to a few
/// hundred points), per epoch and on the validation data, over a fixed x range of all the epochs.
/// </summary>
internal sealed class TrainingProgressView(int epochs, int batchesPerEpoch) : Chart
{
    private const int MaxCurvePoints = 300;
    private const double Header = 42;

    private readonly List<double> batchLosses = [];
    private readonly List<IReadOnlyDictionary<string, double>> epochLogs = [];
    private int epoch;
    private int batch = -1;
    private TimeSpan elapsed;

    public int Steps => batchLosses.Count;

    public int TotalSteps => epochs * batchesPerEpoch;

    public string? Message { get; set; }

    public override double Width => 560;

    public override double Height => 300;

    public void AddBatch(int epoch, int batch, double loss)
    {
        (this.epoch, this.batch) = (epoch, batch);
        batchLosses.Add(loss);
    }

    public void AddEpoch(int epoch, IReadOnlyDictionary<string, double> logs, TimeSpan elapsed)
    {
        epochLogs.Add(new Dictionary<string, double>(logs));
        this.epoch = epoch;
        this.elapsed += elapsed;
    }

    /// <summary><c>Epoch 3/10 [#####.....] 45% - loss: 0.2345 - val_loss: 0.2500</c></summary>
    public override string ToString()
    {
        const int bar = 20;
        var filled = (int)Math.Round(Fraction * bar);
        var text = $"Epoch {epoch + 1}/{epochs} [{new string('#', filled)}{new string('.', bar - filled)}] {Fraction * 100:0}%";
        if (Latest() is { } logs) text += " - " + string.Join(" - ", logs.Select(e => $"{e.Key}: {F4(e.Value)}"));
        return Message is null ? text : text + "\n" + Message;
    }

    internal override void Render(SvgWriter svg)
    {
        svg.Text(8, 16, $"Epoch {epoch + 1}/{epochs}  {Fraction * 100:0}%", bold: true);
        var details = Latest() is { } logs ? string.Join("   ", logs.Select(e => $"{e.Key} {F4(e.Value)}")) : "";
        if (elapsed > TimeSpan.Zero) details += $"   {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
        svg.Text(Width - 8, 16, details.Trim(), "end");
        svg.Rect(8, 24, Width - 16, 10, "#eeeeee");
        svg.Rect(8, 24, (Width - 16) * Fraction, 10, "#1f77b4");
        svg.Group($"translate(0,{SvgWriter.Number(Header)})", null, Curves().Render);
        if (Message is not null) svg.Text(Width / 2, Height - 4, Message, "middle", fill: "#d62728");
    }

    private double Fraction => TotalSteps == 0 ? 1 : Math.Min(1, (double)Steps / TotalSteps);

    private IReadOnlyDictionary<string, double>? Latest() => epochLogs.Count == 0
        ? batchLosses.Count == 0 ? null : new Dictionary<string, double> { ["loss"] = batchLosses[^1] }
        : epochLogs[^1];

    private Figure Curves()
    {
        var figure = new Figure("Loss", "epoch", null, (int)Width, (int)(Height - Header)).XLim(0, Math.Max(1, epochs));
        var group = Math.Max(1, (batchLosses.Count + MaxCurvePoints - 1) / MaxCurvePoints);
        var xs = new List<double>();
        var ys = new List<double>();
        for (int start = 0; start < batchLosses.Count; start += group)
        {
            var end = Math.Min(batchLosses.Count, start + group);
            xs.Add((double)end / Math.Max(1, batchesPerEpoch));
            ys.Add(batchLosses.Skip(start).Take(end - start).Average());
        }
        figure.Line(xs.ToArray(), ys.ToArray(), "batch", "#9ecae1");
        var epochX = Enumerable.Range(1, epochLogs.Count).Select(e => (double)e).ToArray();
        foreach (var (name, color) in new[] { ("loss", "#1f77b4"), ("val_loss", "#ff7f0e") })
        {
            if (epochLogs.Count > 0 && epochLogs[0].ContainsKey(name))
                figure.Path(epochX, epochLogs.Select(l => l[name]).ToArray(), name == "loss" ? "train" : "validation", color);
        }
        return figure;
    }

    private static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
