using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Cli;

public class RunCommandTests
{
    [Fact]
    public void Reports_each_notebook_and_the_failing_cell_then_the_totals()
    {
        using var folder = new TempFolder();
        folder.WriteNotebook("good.ipynb", NotebookCell.Code("var a = 1;"), NotebookCell.Code("a + 1"));
        folder.WriteNotebook("bad.ipynb", NotebookCell.Code("var a = 1;"), NotebookCell.Code("var b = 2;"),
            NotebookCell.Code("var c = 3;\nthrow new ArgumentException(\"no data\");"));

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "good.ipynb", "bad.ipynb");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^PASS good\.ipynb \(2 cells, \d+\.\d s\)$", lines[0]);
        Assert.Matches(@"^FAIL bad\.ipynb \(3 cells, \d+\.\d s\)$", lines[1]);
        Assert.Equal("  bad.ipynb, cell 3, line 2: System.ArgumentException: no data", lines[2]);
        Assert.Equal("1 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public void Hanging_cell_times_out_with_exit_code_2_and_partial_outputs_written()
    {
        using var folder = new TempFolder();
        folder.WriteNotebook("hang.ipynb",
            NotebookCell.Code("Console.WriteLine(\"before\");"),
            NotebookCell.Code("Console.WriteLine(\"started\");\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"));

        // The limit leaves the first cell (the script engine's first compile) room on a busy machine.
        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "hang.ipynb", "--cell-timeout", "8", "--out", "executed");

        Assert.Equal(2, exitCode);
        Assert.Contains("hang.ipynb, cell 2: the cell did not finish within 8 s", output);
        Assert.EndsWith("0 passed, 1 failed\n", output);
        var written = NotebookReader.Read(Path.Combine(folder.Path, "executed", "hang.ipynb"));
        Assert.Equal("started\n", Cells.StreamText(written.Cells[1]));
        Assert.IsType<ErrorOutput>(written.Cells[1].Outputs[^1]);
    }

    [Fact]
    public void Inplace_writes_outputs_into_the_notebook_with_parameters_applied()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("train.ipynb",
            NotebookCell.Code("var epochs = 10;", "parameters"),
            NotebookCell.Code("Console.WriteLine($\"epochs={epochs}\");"));

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "train.ipynb", "--inplace", "--param", "epochs=2");

        Assert.True(exitCode == 0, output);
        var written = NotebookReader.Read(path);
        Assert.Equal(".net-csharp", PolyglotMetadata.KernelspecNameOf(written.Metadata));
        Assert.Equal("epochs=2\n", Cells.StreamText(written.Cells[2]));
        Assert.Equal(3, written.Cells[2].ExecutionCount);
    }

    [Fact]
    public void Cell_that_ends_the_process_is_named_and_the_cells_before_it_are_written()
    {
        using var folder = new TempFolder();
        folder.WriteNotebook("exits.ipynb",
            NotebookCell.Code("Console.WriteLine(\"before\");"),
            NotebookCell.Code("Environment.Exit(0);"),
            NotebookCell.Code("Console.WriteLine(\"never\");"));

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "exits.ipynb", "--out", "executed");

        Assert.Equal(3, exitCode);
        Assert.Contains("exits.ipynb, cell 2: the cell ended the process (exit code 0)", output);
        var written = NotebookReader.Read(Path.Combine(folder.Path, "executed", "exits.ipynb"));
        Assert.Equal("before\n", Cells.StreamText(written.Cells[0]));
        Assert.Empty(written.Cells[2].Outputs);
    }

    [Fact]
    public void Inplace_never_overwrites_a_notebook_changed_while_it_ran()
    {
        using var folder = new TempFolder();
        // The cell stands in for an edit saved in the editor during the run.
        var path = folder.WriteNotebook("edited.ipynb", NotebookCell.Code("System.IO.File.AppendAllText(\"edited.ipynb\", \"\\n\");"));
        var before = File.ReadAllText(path);

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "edited.ipynb", "--inplace");

        Assert.Equal(3, exitCode);
        Assert.Contains("edited.ipynb changed on disk while it ran", output);
        Assert.Equal(before + "\n", File.ReadAllText(path));
        var aside = NotebookReader.Read(Path.Combine(folder.Path, "edited.conflict.ipynb"));
        Assert.Equal(1, aside.Cells[0].ExecutionCount);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Child_ends_when_the_parent_run_is_killed()
    {
        using var folder = new TempFolder();
        folder.WriteNotebook("long.ipynb",
            NotebookCell.Code("System.IO.File.WriteAllText(\"child.pid\", $\"{Environment.ProcessId}\");"),
            NotebookCell.Code("System.Threading.Thread.Sleep(120_000);"));
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "course.dll"), "run", "long.ipynb", "--out", "executed" })
            info.ArgumentList.Add(arg);
        using var parent = System.Diagnostics.Process.Start(info)!;
        var pidFile = Path.Combine(folder.Path, "child.pid");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(pidFile) && waited.Elapsed < TimeSpan.FromSeconds(90)) Thread.Sleep(100);
        Assert.True(File.Exists(pidFile), "the notebook's first cell did not run");
        Thread.Sleep(200);
        using var child = System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadAllText(pidFile)));

        parent.Kill(entireProcessTree: false);

        Assert.True(child.WaitForExit(TimeSpan.FromSeconds(15)), "the course exec child outlived its parent");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "x.ipynb", "--bogus")]
    [InlineData("run", "x.ipynb", "--param", "novalue")]
    [InlineData("frobnicate")]
    public void Bad_arguments_are_runner_failures_with_a_hint(params string[] args)
    {
        using var folder = new TempFolder();

        var (exitCode, output) = CourseProcess.Run(folder.Path, args);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("course: ", output);
    }

    [Fact]
    public void Missing_notebook_is_a_runner_failure_naming_it()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "missing.ipynb");

        Assert.Equal(3, exitCode);
        Assert.Contains("FAIL missing.ipynb (runner error", output);
        Assert.Contains("missing.ipynb: cannot read the notebook", output);
    }
}
