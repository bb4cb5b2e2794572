using System.Text.Json;
using AstroDL;
using static AstroDL.torch;

namespace AstroDL.Tests.Fixtures;

/// <summary>Reads the expected values that make_pytorch_fixtures.py wrote with PyTorch (tests never need Python).</summary>
internal static class PyTorchFixtures
{
    public static JsonElement[] Cases(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public static JsonElement Case(string file, string name) =>
        Cases(file).Single(c => c.GetProperty("name").GetString() == name);

    public static IEnumerable<object[]> CaseNames(string file) =>
        Cases(file).Select(c => new object[] { c.GetProperty("name").GetString()! });

    /// <summary>A {"shape", "data"} object as a tensor (float64 unless the data are integers and int64 is asked for).</summary>
    public static Tensor ToTensor(JsonElement e, ScalarType dtype = ScalarType.Float64)
    {
        var shape = e.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()).ToArray();
        var data = e.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return tensor(data, shape).to_type(dtype);
    }

    /// <summary>
    /// Checks a layer case after output·grad_output was backpropagated: its "output", "grad_input" and, per parameter name,
    /// "grad_params" (which must name exactly the module's parameters).
    /// </summary>
    public static void AssertLayerCase(JsonElement c, string name, nn.Module module, Tensor input, Tensor output)
    {
        AssertClose(ToTensor(c.GetProperty("output")), output, $"{name} output");
        AssertClose(ToTensor(c.GetProperty("grad_input")), input.grad, $"{name} input gradient");
        var own = module.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var expectedGrads = c.GetProperty("grad_params").EnumerateObject().ToList();
        Assert.Equal(expectedGrads.Select(g => g.Name).Order(), own.Keys.Order());
        foreach (var g in expectedGrads)
            AssertClose(ToTensor(g.Value), own[g.Name].grad, $"{name} gradient of {g.Name}");
    }

    public static void AssertClose(Tensor expected, Tensor? actual, string description, double tolerance = 1e-5)
    {
        Assert.NotNull(actual);
        AssertClose(expected, actual, tolerance, tolerance, description);
    }

    /// <summary>Asserts elementwise |actual − expected| ≤ atol + rtol·|expected| and names the worst element.</summary>
    public static void AssertClose(Tensor expected, Tensor actual, double atol = 1e-5, double rtol = 1e-5, string what = "")
    {
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.to_type(ScalarType.Float64).data<double>().ToArray();
        var a = actual.to_type(ScalarType.Float64).data<double>().ToArray();
        for (int i = 0; i < e.Length; i++)
        {
            double bound = atol + rtol * Math.Abs(e[i]);
            Assert.True(Math.Abs(a[i] - e[i]) <= bound, $"{what}: element {i} is {a[i]}, expected {e[i]} (tolerance {bound}).");
        }
    }
}
