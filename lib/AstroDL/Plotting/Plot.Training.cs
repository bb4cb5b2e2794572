using AstroDL.Training;

namespace AstroDL.Plotting;

public static partial class Plot
{
    /// <summary>
    /// Training curves per epoch: a loss panel, then one panel per metric, each with the training values and, when
    /// fit() had validation data, the validation values dashed.
    /// </summary>
    public static ChartRow History(History history, int width = 400, int height = 280)
    {
        var panels = new List<Chart>();
        foreach (var name in history.Keys.Where(k => !k.StartsWith("val_", StringComparison.Ordinal)))
        {
            var epochs = Enumerable.Range(1, history[name].Count).Select(e => (double)e).ToArray();
            var panel = new Figure(name, "epoch", null, width, height).Line(epochs, Values.Of(history[name]), "train");
            if (history.Keys.Contains("val_" + name)) panel.Line(epochs, Values.Of(history["val_" + name]), "validation", dashed: true);
            panels.Add(panel);
        }
        return new ChartRow([.. panels]);
    }
}
