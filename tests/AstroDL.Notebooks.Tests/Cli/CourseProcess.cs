using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Cli;

/// <summary>Runs the built <c>course</c> command (copied next to the tests) and collects its output.</summary>
public static class CourseProcess
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "course.dll"), .. args], workingDirectory);
}
