using Course.Cli.Doctor;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course doctor</c>: checks the SDK, the library build notebooks reference, the CPU features, CUDA (with the
/// loader's trace) and the data sets, and says what to do about each problem. Exit code 1 when something is a problem.
/// </summary>
public static class DoctorCommand
{
    public static int Run(TextWriter output)
    {
        var findings = new List<Finding> { SdkCheck.Run(), LibraryCheck.Run(CourseLayout.FindRoot()), CpuCheck.Run(), CudaCheck.Run() };
        findings.AddRange(DataCheck.Run());
        var width = findings.Max(f => f.Topic.Length) + 2;
        foreach (var finding in findings)
        {
            var mark = finding.Severity switch { Severity.Ok => "ok  ", Severity.Note => "note", _ => "FAIL" };
            output.WriteLine($"{mark} {finding.Topic.PadRight(width)}{finding.Found}");
            if (finding.Remedy is { } remedy) output.WriteLine($"     {new string(' ', width)}-> {remedy}");
            foreach (var line in finding.Details ?? [])
            {
                output.WriteLine($"     {new string(' ', width)}   {line}");
            }
        }

        var problems = findings.Count(f => f.Severity == Severity.Problem);
        output.WriteLine(problems == 0 ? "no problems found" : $"{problems} problem(s) found; see the -> lines");
        return problems == 0 ? ExitCodes.Passed : ExitCodes.CellFailed;
    }
}
