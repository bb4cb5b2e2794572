using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AstroDL.Backends;
using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Tests.Cuda;

public class KernelSourceTests
{
    [Fact]
    public void An_entry_point_is_generated_per_type_with_the_parameters_bound()
    {
        var entry = KernelEntryPoint.ForEach("unary", "Strided s, const T* x, T* y, int op, T alpha", ScalarType.Float32, ScalarType.Int64);
        Assert.Equal(
            "extern \"C\" __global__ void unary_f32(Strided s, const float* x, float* y, int op, float alpha) { unary<float>(s, x, y, op, alpha); }\n" +
            "extern \"C\" __global__ void unary_i64(Strided s, const long long* x, long long* y, int op, long long alpha) { unary<long long>(s, x, y, op, alpha); }\n",
            entry.Emit());
        Assert.Equal(["unary_f32", "unary_i64"], entry.KernelNames);
    }

    [Fact]
    public void Two_placeholders_give_one_kernel_per_pair_and_names_in_order()
    {
        var entry = new KernelEntryPoint("copy", "Strided s, const S* x, D* y", ["S", "D"], [[ScalarType.Bool, ScalarType.Float64]]);
        Assert.Equal("extern \"C\" __global__ void copy_b8_f64(Strided s, const unsigned char* x, double* y) { copy<unsigned char, double>(s, x, y); }\n",
            entry.Emit());
        Assert.Equal("copy_b8_f64", KernelTypes.KernelName("copy", ScalarType.Bool, ScalarType.Float64));
    }

    [Fact]
    public void Placeholders_replace_whole_words_only()
    {
        var entry = KernelEntryPoint.ForEach("f", "const T* Tx, long long T2, T t", ScalarType.Float64);
        Assert.Contains("f_f64(const double* Tx, long long T2, double t) { f<double>(Tx, T2, t); }", entry.Emit());
    }

    [Fact]
    public void Argument_names_are_the_last_identifier_of_each_parameter()
    {
        Assert.Equal(["s", "length", "seed"], KernelEntryPoint.ArgumentNames("Strided s, long long length, unsigned long long seed"));
        Assert.Throws<ArgumentException>(() => KernelEntryPoint.ArgumentNames("int a, *"));
    }

    [Fact]
    public void Op_codes_in_kernels_are_declared_from_the_csharp_enums()
    {
        Assert.StartsWith("enum UnaryOp { UnaryOp_Neg = 0, UnaryOp_Abs = 1,", CEnum.Declare<UnaryOp>());
        Assert.Contains($"UnaryOp_Clamp = {(int)UnaryOp.Clamp}", UnaryKernelSource.Family.Source);
        Assert.Contains($"ReduceOp_Prod = {(int)ReduceOp.Prod}", ReduceKernelSource.Family.Source);
    }

    [Fact]
    public void Every_family_has_a_unique_name_and_unique_kernel_names()
    {
        var names = KernelFamilies.All.Select(f => f.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct().Count());
        var kernels = KernelFamilies.All.SelectMany(f => f.KernelNames).ToArray();
        Assert.Equal(kernels.Length, kernels.Distinct().Count());
        // Every element-type pair converts, every numeric type has its pointwise, reduction and indexing kernels.
        Assert.Equal(16, kernels.Count(k => k.StartsWith("copy_", StringComparison.Ordinal)));
        foreach (var type in KernelTypes.Numeric)
        {
            foreach (var template in new[] { "unary", "binary", "reduce", "arg_reduce", "gather", "scatter_add" })
                Assert.Contains(KernelTypes.KernelName(template, type), kernels);
        }
        foreach (var type in KernelTypes.Floating)
        {
            foreach (var template in new[] { "im2col", "col2im", "max_pool", "max_pool_backward", "avg_pool", "avg_pool_backward" })
                Assert.Contains(KernelTypes.KernelName(template, type), kernels);
        }
    }

    [Fact]
    public void The_window_kernels_declare_the_geometry_fields_in_the_csharp_order()
    {
        var csharp = typeof(ConvGeometry).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Select(p => p.Name).ToArray();
        var declaration = Regex.Match(ConvolutionKernelSource.Family.Source, @"struct ConvGeometry \{([^}]*)\}").Groups[1].Value;
        var c = declaration.Replace("long long", "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(csharp, c);
        Assert.Equal(csharp.Length * sizeof(long), Unsafe.SizeOf<ConvGeometry>());
    }

    [Fact]
    public void The_random_kernels_use_the_cpu_generator_constants()
    {
        var source = RandomKernelSource.Family.Source;
        foreach (var constant in new[] { "0xD2511F53u", "0xCD9E8D57u", "0x9E3779B9u", "0xBB67AE85u", "1.0 / 16777216.0" })
            Assert.Contains(constant, source);
    }
}
