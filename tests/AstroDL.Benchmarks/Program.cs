using AstroDL.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project tests/AstroDL.Benchmarks [-- M K N ...]   CPU SGEMM table
//   dotnet run -c Release --project tests/AstroDL.Benchmarks -- gpu-conformance [filter]
//   dotnet run -c Release --project tests/AstroDL.Benchmarks -- mlp [cuda|cpu] [epochs]
//   dotnet run -c Release --project tests/AstroDL.Benchmarks -- cnn-mnist [epochs]
return args.FirstOrDefault() switch
{
    "gpu-conformance" => GpuConformanceRunner.Run(args[1..]),
    "mlp" => MlpBenchmark.Run(args[1..]),
    "cnn-mnist" => AstroDL.Benchmarks.FullRuns.CnnMnistRun.Run(args[1..]),
    _ => SgemmBenchmark.Run(args),
};
