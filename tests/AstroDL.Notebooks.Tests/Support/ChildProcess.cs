using System.Diagnostics;

namespace AstroDL.Notebooks.Tests.Support;

/// <summary>Runs a program to its end and collects what it printed (stdout, then stderr).</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="program"/>; past <paramref name="limit"/> it is killed with its children and the
    /// exit code is -1, so a hung child fails its test instead of holding up the suite.
    /// </summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? limit = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit ?? Timeout.InfiniteTimeSpan))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"{program} was killed after {limit!.Value.TotalSeconds:0} s\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
