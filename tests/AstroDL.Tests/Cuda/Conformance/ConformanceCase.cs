namespace AstroDL.Tests.Cuda.Conformance;

/// <summary>A named GPU check; <see cref="Check"/> throws <see cref="ConformanceFailure"/> (or the op's own error) when it fails.</summary>
internal sealed record ConformanceCase(string Name, Action Check);

/// <summary>A GPU result that differs from the CPU's, or a GPU behaviour that is not what the kit promises.</summary>
internal sealed class ConformanceFailure(string message) : Exception(message);
