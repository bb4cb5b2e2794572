using System.Diagnostics;

namespace AstroDL.Benchmarks;

/// <summary>Runs one of the PyTorch scripts copied beside the harness and returns its standard output lines.</summary>
internal static class PythonScript
{
    /// <summary>Debian's interpreter, where python3-torch installs; PYTHON overrides it.</summary>
    public static string Interpreter =>
        Environment.GetEnvironmentVariable("PYTHON") is { Length: > 0 } chosen ? chosen
        : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static List<string> Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Interpreter}.");
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Interpreter} {script} exited with code {process.ExitCode} (is python3-torch installed? PYTHON picks the interpreter).");
        return lines;
    }
}
