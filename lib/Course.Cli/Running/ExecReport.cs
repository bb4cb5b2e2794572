using System.Text.Json;

namespace Course.Cli.Running;

/// <summary>
/// What a child process tells its parent about one notebook, through a small JSON file. Before each cell the child
/// leaves a report naming that cell (<see cref="RunningCell"/>), so a cell that ends the process is still known.
/// </summary>
public sealed record ExecReport(int ExitCode, int Cells, double Seconds, string? Failure, int? RunningCell = null)
{
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    public static ExecReport? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ExecReport>(File.ReadAllText(path)) : null;
}
