using static AstroDL.torch;

namespace AstroDL.Benchmarks.Sgemm;

/// <summary>
/// One product of the benchmark, written as torch_matmul.py reads it, "name=batch:M:K:N:flags": flag 'a' means A is
/// a transposed view, 'b' that B is, 'w' that one A (a weight) serves every batch entry (batch stride 0).
/// </summary>
internal sealed record GemmShape(string Name, long Batch, long M, long K, long N, string Flags)
{
    /// <summary>2048³; the MLP's forward and weight-gradient products; the CNN's as the kit's im2col convolution calls them.</summary>
    public static readonly GemmShape[] Default =
    [
        new("2048³", 1, 2048, 2048, 2048, ""),
        new("MLP forward x·Wᵀ", 1, 64, 784, 128, "b"),
        new("MLP weight grad gᵀ·x", 1, 128, 64, 784, "a"),
        new("CNN conv1 W·cols", 64, 32, 9, 784, "w"),
        new("CNN conv2 W·cols", 18, 64, 288, 196, "w"),
        new("CNN conv2 weight grad cols·gᵀ", 18, 288, 196, 64, "b"),
        new("CNN conv2 input grad Wᵀ·g", 18, 288, 64, 196, "aw"),
        new("CNN fc1 x·Wᵀ", 1, 64, 3136, 128, "b"),
        new("cols·Wᵀ (NHWC im2col)", 1, 9216, 288, 64, "b"),
    ];

    public double Flops => 2.0 * Batch * M * K * N;

    public string Spec => $"{Name}={Batch}:{M}:{K}:{N}:{Flags}";

    /// <summary>Operands laid out as the flags say, with random values.</summary>
    public (Tensor a, Tensor b) Operands()
    {
        var a = Flags.Contains('a') ? randn(Flags.Contains('w') ? 1 : Batch, K, M).mT : randn(Flags.Contains('w') ? 1 : Batch, M, K);
        var b = Flags.Contains('b') ? randn(Batch, N, K).mT : randn(Batch, K, N);
        return (a, b);
    }
}
