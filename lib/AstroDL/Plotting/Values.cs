using static AstroDL.torch;

namespace AstroDL.Plotting;

/// <summary>
/// Numbers to plot, from whatever a notebook holds: double[], float[], int[], long[], List&lt;double&gt; or a
/// Tensor (any shape, read in row-major order) convert implicitly; other sequences go through <see cref="Of"/>.
/// </summary>
public readonly struct Values
{
    private readonly double[]? data;

    private Values(double[] data) => this.data = data;

    public int Count => Data.Length;

    internal double[] Data => data ?? [];

    internal double this[int index] => Data[index];

    public static Values Of(IEnumerable<double> values) => new(values.ToArray());

    public static implicit operator Values(double[] values) => new((double[])values.Clone());

    public static implicit operator Values(float[] values) => new(Array.ConvertAll(values, v => (double)v));

    public static implicit operator Values(int[] values) => new(Array.ConvertAll(values, v => (double)v));

    public static implicit operator Values(long[] values) => new(Array.ConvertAll(values, v => (double)v));

    public static implicit operator Values(List<double> values) => new([.. values]);

    public static implicit operator Values(Tensor values) => new(TensorData.Doubles(values));

    /// <summary>0, 1, ..., count-1 (the x of a plot given only y).</summary>
    internal static Values Range(int count) => new(Enumerable.Range(0, count).Select(i => (double)i).ToArray());
}
