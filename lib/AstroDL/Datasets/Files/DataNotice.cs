namespace AstroDL.Datasets;

/// <summary>
/// Says something about the data once per process (for example that the offline sample stands in for the full set),
/// so a notebook that loads a set for every cell does not repeat it.
/// </summary>
public static class DataNotice
{
    private static readonly HashSet<string> Said = [];

    /// <summary>Where notices go; null (the default) means the console's current output, which notebook runners capture.</summary>
    public static TextWriter? Output { get; set; }

    internal static void Once(string key, string message)
    {
        lock (Said)
        {
            if (!Said.Add(key)) return;
        }
        (Output ?? Console.Out).WriteLine(message);
    }
}
