using System.Diagnostics;

namespace AstroDL.Benchmarks;

/// <summary>One of the PyTorch scripts copied beside the harness, run as a child process that answers on standard output.</summary>
internal sealed class PythonScript : IDisposable
{
    private readonly Process process;

    public PythonScript(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Interpreter}.");
        Script = script;
    }

    /// <summary>Debian's interpreter, where python3-torch installs; PYTHON overrides it.</summary>
    public static string Interpreter =>
        Environment.GetEnvironmentVariable("PYTHON") is { Length: > 0 } chosen ? chosen
        : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private string Script { get; }

    public void Send(string line)
    {
        process.StandardInput.WriteLine(line);
        process.StandardInput.Flush();
    }

    /// <summary>The next line the script prints; a script that ends instead failed.</summary>
    public string Receive() => process.StandardOutput.ReadLine() ?? throw new InvalidOperationException(
        $"{Interpreter} {Script} ended early (exit code {WaitForExit()}); is python3-torch installed? PYTHON picks the interpreter.");

    /// <summary>Every remaining line, until the script exits.</summary>
    public List<string> ReceiveAll()
    {
        process.StandardInput.Close();
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
        if (WaitForExit() != 0) throw new InvalidOperationException($"{Interpreter} {Script} exited with code {process.ExitCode}.");
        return lines;
    }

    private int WaitForExit()
    {
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
