using System.Text.Json;

namespace Course.Cli.Running;

/// <summary>What a child process tells its parent about one notebook, through a small JSON file.</summary>
public sealed record ExecReport(int ExitCode, int Cells, double Seconds, string? Failure)
{
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    public static ExecReport? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ExecReport>(File.ReadAllText(path)) : null;
}
