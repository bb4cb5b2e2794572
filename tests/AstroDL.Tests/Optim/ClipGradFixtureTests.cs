using AstroDL.Modules;
using AstroDL.Tests.Fixtures;
using static AstroDL.torch;

namespace AstroDL.Tests.Optim;

public class ClipGradFixtureTests
{
    private const string File = "clip_grad_norm.json";

    public static IEnumerable<object[]> Names => PyTorchFixtures.CaseNames(File);

    [Theory]
    [MemberData(nameof(Names))]
    public void ClipGradNormMatchesPyTorch(string name)
    {
        var c = PyTorchFixtures.Case(File, name);
        var grads = c.GetProperty("grads").EnumerateArray().Select(e => PyTorchFixtures.ToTensor(e)).ToList();
        var parameters = grads.Select(g => new Parameter(zeros_like(g))).ToList();
        for (int i = 0; i < grads.Count; i++) parameters[i].grad = grads[i].clone();
        var normType = c.GetProperty("norm_type");
        double norm = normType.ValueKind == System.Text.Json.JsonValueKind.String && normType.GetString() == "inf"
            ? double.PositiveInfinity
            : normType.GetDouble();

        double total = nn.utils.clip_grad_norm_(parameters, c.GetProperty("max_norm").GetDouble(), norm);

        Assert.Equal(c.GetProperty("total_norm").GetDouble(), total, 1e-9);
        var expected = c.GetProperty("clipped_grads").EnumerateArray().ToArray();
        for (int i = 0; i < parameters.Count; i++)
            PyTorchFixtures.AssertClose(PyTorchFixtures.ToTensor(expected[i]), parameters[i].grad!, 1e-5, 1e-5, $"{name}, gradient {i}");
    }
}
