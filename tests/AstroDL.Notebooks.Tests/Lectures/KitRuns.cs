using System.Diagnostics;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Cli;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>How the kit's runner ran one lecture notebook: exit code, what it printed, the executed notebook, the time.</summary>
public sealed record KitRun(int ExitCode, string Output, Notebook? Executed, TimeSpan Elapsed);

/// <summary>
/// The kit runner's fast run of each lecture notebook (<c>course run NOTEBOOK --fast --out DIR</c>, as
/// <c>course test</c> runs it), made once and shared by the test that it passes and the test that compares it with
/// the Polyglot kernel: a notebook takes seconds.
/// </summary>
public sealed class KitRuns : IDisposable
{
    private readonly TempFolder executed = new();
    private readonly Dictionary<string, KitRun> runs = [];

    public KitRun Of(string notebook)
    {
        if (!runs.TryGetValue(notebook, out var run))
        {
            var clock = Stopwatch.StartNew();
            var (exitCode, output) = CourseProcess.Run(Repository.Root!, "run", Path.Combine("notebooks", notebook), "--fast", "--out", executed.Path);
            var written = Path.Combine(executed.Path, Path.ChangeExtension(notebook, ".ipynb"));
            run = new KitRun(exitCode, output, File.Exists(written) ? NotebookReader.Read(written) : null, clock.Elapsed);
            runs[notebook] = run;
        }

        return run;
    }

    public void Dispose() => executed.Dispose();
}

/// <summary>The tests that share <see cref="KitRuns"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LectureCollection : ICollectionFixture<KitRuns>
{
    public const string Name = "lecture notebooks";
}
