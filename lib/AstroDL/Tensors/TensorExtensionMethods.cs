namespace AstroDL;

/// <summary>TorchSharp's extension methods on tensors and arrays (<c>using static AstroDL.TensorExtensionMethods;</c>).</summary>
public static class TensorExtensionMethods
{
    /// <summary>An array as a tensor of the given dimensions (the kit always copies: doCopy is accepted for TorchSharp's signature).</summary>
    public static torch.Tensor ToTensor<T>(this T[] rawArray, long[] dimensions, bool doCopy = false, bool requires_grad = false)
        where T : unmanaged => Convert(rawArray, dimensions, requires_grad);

    /// <summary>A scalar as a 0-d tensor.</summary>
    public static torch.Tensor ToTensor<T>(this T scalar, torch.Device? device = null, bool requires_grad = false)
        where T : unmanaged
    {
        var t = Convert(new[] { scalar }, [], requires_grad);
        return device is null ? t : t.to(device);
    }

    private static torch.Tensor Convert<T>(T[] values, long[] dimensions, bool requires_grad) where T : unmanaged => values switch
    {
        float[] f => torch.tensor(f, dimensions, requires_grad: requires_grad),
        double[] d => torch.tensor(d, dimensions, requires_grad: requires_grad),
        long[] l => torch.tensor(l, dimensions),
        int[] i => torch.tensor(i, dimensions),
        bool[] b => torch.tensor(b, dimensions),
        _ => throw new NotSupportedException(
            $"ToTensor: {typeof(T).Name} arrays are not supported; the kit stores float, double, long, int (as int64) and bool."),
    };

    public static string str(this torch.Tensor tensor, string? fltFormat = null, int? width = null, string? newLine = null,
        System.Globalization.CultureInfo? cultureInfo = null, TensorStringStyle style = TensorStringStyle.Default) =>
        tensor.ToString(style, fltFormat, width, cultureInfo, newLine);

    public static string metastr(this torch.Tensor tensor) => tensor.ToString(TensorStringStyle.Metadata);

    public static string jlstr(this torch.Tensor tensor, string? fltFormat = null, int? width = null, string? newLine = null,
        System.Globalization.CultureInfo? cultureInfo = null) => tensor.ToString(TensorStringStyle.Julia, fltFormat, width, cultureInfo, newLine);

    public static string npstr(this torch.Tensor tensor, string fltFormat = "g5", int? width = 100, string? newLine = null,
        System.Globalization.CultureInfo? cultureInfo = null) => tensor.ToString(TensorStringStyle.Numpy, fltFormat, width, cultureInfo, newLine);

    public static string cstr(this torch.Tensor tensor, string fltFormat = "g5", int? width = 100, string? newLine = null,
        System.Globalization.CultureInfo? cultureInfo = null) => tensor.ToString(TensorStringStyle.CSharp, fltFormat, width, cultureInfo, newLine);

    public static torch.Tensor print(this torch.Tensor t, string fltFormat = "g5", int? width = 100, string? newLine = null,
        System.Globalization.CultureInfo? cultureInfo = null, TensorStringStyle style = TensorStringStyle.Default)
    {
        Console.WriteLine(t.str(fltFormat, width, newLine, cultureInfo, style));
        return t;
    }

    public static void Save(this torch.Tensor tensor, BinaryWriter writer) => Serialization.TensorBinaryFormat.Write(tensor, writer);

    public static void Save(this torch.Tensor tensor, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        tensor.Save(writer);
    }

    public static void Save(this torch.Tensor tensor, string location) => tensor.save(location);

    public static torch.Tensor Load(BinaryReader reader) => Serialization.TensorBinaryFormat.Read(reader);

    public static long TotalSize(this IEnumerable<long> shape) => shape.Aggregate(1L, (n, s) => n * s);
}
