using AstroDL.Benchmarks;
using AstroDL.Benchmarks.Astro;
using AstroDL.Benchmarks.EndToEnd;
using AstroDL.Benchmarks.FullRuns;
using AstroDL.Benchmarks.Recurrent;
using AstroDL.Benchmarks.Sgemm;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AstroDL.Benchmarks -- MODE [options]
//   e2e              training side by side with PyTorch (--epochs N --threads N --data FOLDER --models mlp,cnn,galaxy)
//   rnn              lecture 6's LSTM and GRU training steps side by side with PyTorch (--steps N --rounds N --threads N)
//   sgemm            GFLOP/s of the kit's SGEMM and of PyTorch's matmul on the same products (--products TEXT to pick some)
//   micro            BenchmarkDotNet micro-benchmarks (BenchmarkDotNet's own options follow, e.g. --filter '*Adam*')
//   cnn-mnist        the full CNN run on the offline MNIST digits behind the CI test, at least 97% ([epochs])
//   gpu-conformance  every CUDA op against the CPU (optionally a text the case names must contain)
//   mlp              seconds per epoch of the 784-128-10 MLP on a GPU or the CPU ([cuda|cpu] [epochs])
//   galaxies         simulated 64x64 galaxies per second on one core (--count N --rounds N --threads N --grid FOLDER for PNGs)
string mode = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
switch (mode)
{
    case "e2e": EndToEndComparison.Run(new Options(rest)); break;
    case "rnn": RecurrentComparison.Run(new Options(rest)); break;
    case "sgemm": SgemmComparison.Run(new Options(rest)); break;
    case "micro": BenchmarkSwitcher.FromAssembly(typeof(Options).Assembly).Run(rest); break;
    case "cnn-mnist": Environment.ExitCode = CnnMnistRun.Run(rest); break;
    case "gpu-conformance": Environment.ExitCode = GpuConformanceRunner.Run(rest); break;
    case "mlp": Environment.ExitCode = MlpBenchmark.Run(rest); break;
    case "galaxies": GalaxySimulatorBenchmark.Run(new Options(rest)); break;
    default:
        Console.Error.WriteLine("Usage: AstroDL.Benchmarks e2e|rnn|sgemm|micro|cnn-mnist|gpu-conformance|mlp|galaxies [options] (see tests/AstroDL.Benchmarks/README.md)");
        Environment.Exit(2);
        break;
}
