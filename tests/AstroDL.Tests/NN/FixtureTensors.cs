using System.Text.Json;
using static AstroDL.torch;

namespace AstroDL.Tests.NN;

/// <summary>Reads the PyTorch fixtures' {"shape", "data"} tensors and compares results with them.</summary>
internal static class FixtureTensors
{
    public static JsonElement[] Cases(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public static Tensor Float64(JsonElement encoded)
    {
        var shape = encoded.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var data = encoded.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return tensor(data, shape, ScalarType.Float64);
    }

    public static void AssertClose(Tensor expected, Tensor? actual, string what, double tolerance = 1e-5)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.to_type(ScalarType.Float64).data<double>().ToArray();
        var a = actual.to_type(ScalarType.Float64).data<double>().ToArray();
        for (int i = 0; i < e.Length; i++)
        {
            if (Math.Abs(e[i] - a[i]) > tolerance * (1 + Math.Abs(e[i])))
                Assert.Fail($"{what}: element {i} is {a[i]}, PyTorch gives {e[i]}.");
        }
    }
}
