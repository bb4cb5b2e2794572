using System.Text.Json;
using static AstroDL.torch;

namespace AstroDL.Tests.Serialization;

/// <summary>
/// Reads a file written to the safetensors specification by Fixtures/make_safetensors_fixture.py (as the reference
/// library writes it) and checks that the kit writes the same tensors to the same bytes.
/// </summary>
public class SafeTensorsInteropTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch");

    [Fact]
    public void ReadsTheReferenceFileWithExactValues()
    {
        var loaded = load(Path.Combine(Fixtures, "reference.safetensors"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "reference.json")));

        Assert.Equal(expected.RootElement.EnumerateObject().Select(p => p.Name).Order(), loaded.Keys.Order());
        foreach (var entry in expected.RootElement.EnumerateObject())
        {
            var t = loaded[entry.Name];
            var shape = entry.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            var data = entry.Value.GetProperty("data").EnumerateArray().ToArray();
            Assert.Equal(shape, t.shape);
            switch (entry.Value.GetProperty("dtype").GetString())
            {
                case "F32":
                    Assert.Equal(data.Select(v => (float)v.GetDouble()), t.data<float>().ToArray());
                    break;
                case "F64":
                    Assert.Equal(data.Select(v => v.GetDouble()), t.data<double>().ToArray());
                    break;
                case "I64":
                    Assert.Equal(data.Select(v => v.GetInt64()), t.data<long>().ToArray());
                    break;
                case "BOOL":
                    Assert.Equal(data.Select(v => v.GetBoolean() ? (byte)1 : (byte)0), t.data<byte>().ToArray());
                    break;
                default:
                    Assert.Fail($"unexpected dtype in reference.json for {entry.Name}");
                    break;
            }
        }
    }

    /// <summary>Also leaves kit_written.safetensors for the script's --check (see its docstring).</summary>
    [Fact]
    public void WritesTheReferenceTensorsToTheReferenceBytes()
    {
        var reference = Path.Combine(Fixtures, "reference.safetensors");
        var written = Path.Combine(AppContext.BaseDirectory, "kit_written.safetensors");
        save(load(reference), written);
        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(written));
    }
}
