using System.Diagnostics;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>
/// Every lecture notebook also runs in the real Polyglot C# kernel (hosted by dotnet-repl), in the fast setting,
/// and prints the same result contract there as in the kit's runner: a notebook that works in one kernel and not
/// in the other fails.
/// </summary>
[Collection(LectureCollection.Name)]
public class PolyglotKernelTests(KitRuns kit, ITestOutputHelper output)
{
    [DotnetReplTheory]
    [MemberData(nameof(LectureNotebooks.Names), MemberType = typeof(LectureNotebooks))]
    public void Lecture_notebook_meets_the_same_contract_in_the_Polyglot_kernel(string notebook)
    {
        using var executed = new TempFolder();
        using var copy = new KernelCopy(notebook);
        var executedPath = Path.Combine(executed.Path, Path.GetFileName(copy.Path));
        var clock = Stopwatch.StartNew();
        var (exitCode, replOutput) = DotnetRepl.Run(copy.Path, executedPath);
        var replTime = clock.Elapsed;
        var run = kit.Of(notebook);
        var polyglot = File.Exists(executedPath) ? NotebookReader.Read(executedPath) : null;
        output.WriteLine($"{notebook}: Polyglot kernel {replTime.TotalSeconds:0.0} s (exit code {exitCode}), kit runner {run.Elapsed.TotalSeconds:0.0} s (exit code {run.ExitCode})");

        var polyglotFailure = exitCode == 0 && polyglot is not null ? null
            : $"in the Polyglot kernel (dotnet-repl exit code {exitCode}): {(polyglot is null ? replOutput : LectureNotebooks.FirstError(polyglot))}";
        var kitFailure = run.ExitCode == 0 && run.Executed is not null ? null : $"in the kit's runner: {run.Output}";
        Assert.True(polyglotFailure is null && kitFailure is null,
            $"{notebook} fails {string.Join("; and ", new[] { polyglotFailure, kitFailure }.OfType<string>())}" +
            (polyglotFailure is null || kitFailure is null ? " (it passes in the other kernel)" : ""));
        var contract = LectureNotebooks.ContractLines(run.Executed!);
        output.WriteLine(contract);
        Assert.False(string.IsNullOrWhiteSpace(contract), $"{notebook}: the last cell printed no result contract");
        Assert.Equal(contract, LectureNotebooks.ContractLines(polyglot!));
    }
}
