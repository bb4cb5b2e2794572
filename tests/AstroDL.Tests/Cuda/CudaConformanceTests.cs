using AstroDL.Tests.Cuda.Conformance;

namespace AstroDL.Tests.Cuda;

/// <summary>Every CUDA op against the CPU backend (the cases live in Conformance/ so a console runner shares them).</summary>
public class CudaConformanceTests
{
    public static TheoryData<string> Cases => new(CudaConformance.Cases.Select(c => c.Name));

    [CudaTheory]
    [MemberData(nameof(Cases))]
    public void Matches_the_cpu(string name) => CudaConformance.Run(name);
}
