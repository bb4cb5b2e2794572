using AstroDL.Benchmarks;
using AstroDL.Benchmarks.EndToEnd;
using AstroDL.Benchmarks.Sgemm;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AstroDL.Benchmarks -- MODE [options] (see README.md):
//   e2e              training side by side with PyTorch (--epochs N --threads N --data FOLDER --models mlp,cnn)
//   sgemm            GFLOP/s of the kit's SGEMM and of PyTorch's matmul on the same products (--products TEXT to pick some)
//   micro            BenchmarkDotNet micro-benchmarks (BenchmarkDotNet's own options follow, e.g. --filter '*Adam*')
//   cnn-mnist        the full CNN run on MNIST digits [epochs]
//   mlp              784-128-10 MLP epochs on a device [cuda|cpu] [epochs]
//   gpu-conformance  every CUDA op against the CPU [filter]
var rest = args.Skip(1).ToArray();
switch (args.FirstOrDefault())
{
    case "e2e":
        EndToEndComparison.Run(new Options(rest));
        return 0;
    case "sgemm":
        SgemmComparison.Run(new Options(rest));
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(Options).Assembly).Run(rest);
        return 0;
    case "cnn-mnist": return AstroDL.Benchmarks.FullRuns.CnnMnistRun.Run(rest);
    case "mlp": return MlpBenchmark.Run(rest);
    case "gpu-conformance": return GpuConformanceRunner.Run(rest);
    default:
        Console.Error.WriteLine("Usage: AstroDL.Benchmarks e2e|sgemm|micro|cnn-mnist|mlp|gpu-conformance [options] (see tests/AstroDL.Benchmarks/README.md)");
        return 2;
}
