using Course.Cli.Doctor;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course doctor</c>: checks the SDK, the library build notebooks reference, the CPU features, CUDA (with the
/// loader's trace) and the data sets, and says what to do about each problem. Exit code 1 when something is a problem.
/// Trace lines are shown for problems, and for the rest only with --verbose (a CPU-only machine's CUDA search is long).
/// </summary>
public static class DoctorCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var unknown = args.Where(a => a != "--verbose").ToList();
        if (unknown.Count > 0) throw new UsageException($"course doctor: unknown option '{unknown[0]}'; the only option is --verbose");
        bool verbose = args.Count > 0;
        var findings = new List<Finding> { SdkCheck.Run(), LibraryCheck.Run(CourseLayout.FindRoot()), CpuCheck.Run(), CudaCheck.Run() };
        findings.AddRange(DataCheck.Run());
        var width = findings.Max(f => f.Topic.Length) + 2;
        foreach (var finding in findings)
        {
            var mark = finding.Severity switch { Severity.Ok => "ok  ", Severity.Note => "note", _ => "FAIL" };
            output.WriteLine($"{mark} {finding.Topic.PadRight(width)}{finding.Found}");
            if (finding.Remedy is { } remedy) output.WriteLine($"     {new string(' ', width)}-> {remedy}");
            var details = finding.Details ?? [];
            if (verbose || finding.Severity == Severity.Problem)
            {
                foreach (var line in details) output.WriteLine($"     {new string(' ', width)}   {line}");
            }
            else if (details.Count > 0)
            {
                output.WriteLine($"     {new string(' ', width)}   ({details.Count} trace lines: course doctor --verbose)");
            }
        }

        var problems = findings.Count(f => f.Severity == Severity.Problem);
        output.WriteLine(problems == 0 ? "no problems found" : $"{problems} problem(s) found; see the -> lines");
        return problems == 0 ? ExitCodes.Passed : ExitCodes.CellFailed;
    }
}
