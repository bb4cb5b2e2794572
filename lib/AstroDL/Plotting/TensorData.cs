using static AstroDL.torch;

namespace AstroDL.Plotting;

/// <summary>Reads tensors to host arrays for plotting, whatever their device, dtype or layout.</summary>
internal static class TensorData
{
    public static double[] Doubles(Tensor t) => t.detach().to_type(ScalarType.Float64).data<double>().ToArray();

    public static long[] Longs(Tensor t) => t.detach().to_type(ScalarType.Int64).data<long>().ToArray();

    /// <summary>A 2-D tensor as a matrix.</summary>
    public static double[,] Matrix(Tensor t, string what)
    {
        if (t.ndim != 2) throw new ArgumentException($"{what}: expected a 2-D tensor [rows, columns], got shape {t.ShapeText}.");
        var flat = Doubles(t);
        int rows = (int)t.size(0), columns = (int)t.size(1);
        var matrix = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++) matrix[i, j] = flat[i * columns + j];
        return matrix;
    }
}
