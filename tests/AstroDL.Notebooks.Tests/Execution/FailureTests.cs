using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

public class FailureTests
{
    private static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2) };

    [Fact]
    public async Task Exception_in_third_cell_is_reported_with_cell_and_line_and_later_cells_do_not_run()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("fails.ipynb",
            NotebookCell.Code("var n = 1;"),
            NotebookCell.Code("Console.WriteLine(\"before\");"),
            NotebookCell.Code("Console.WriteLine(\"third\");\nvar m = n + 1;\nthrow new InvalidOperationException(\"loss is NaN\");"),
            NotebookCell.Code("Console.WriteLine(\"never\");"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal($"{path}, cell 3, line 3: System.InvalidOperationException: loss is NaN", result.Failure!.ToString());
        var cell = result.Notebook.Cells[2];
        Assert.Equal("third\n", Cells.StreamText(cell));
        var error = Assert.IsType<ErrorOutput>(cell.Outputs[^1]);
        Assert.Equal("Error", error.EName);
        Assert.StartsWith("System.InvalidOperationException: loss is NaN", error.EValue);
        Assert.Equal(error.EValue.Split('\n').Length, error.Traceback.Count);
        Assert.Empty(result.Notebook.Cells[3].Outputs);
        Assert.Null(result.Notebook.Cells[3].ExecutionCount);
    }

    [Fact]
    public async Task Compile_error_is_reported_like_the_kernel_with_the_line()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("compile.ipynb",
            NotebookCell.Markdown("intro"),
            NotebookCell.Code("var a = 1;\nvar b = a + undefinedThing;"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(
            $"{path}, cell 2, line 2: error CS0103: The name 'undefinedThing' does not exist in the current context",
            result.Failure!.ToString());
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal("(2,13): error CS0103: The name 'undefinedThing' does not exist in the current context", error.EValue);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", 1, "'#!fsharp'")]
    [InlineData("var x = 1;\n#!import other.ipynb", 2, "'#!import'")]
    [InlineData("#!who\nvar x = 1;", 1, "'#!who'")]
    public async Task Unsupported_magic_fails_naming_cell_line_and_fix(string source, int line, string magic)
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("magic.ipynb", NotebookCell.Code("var ok = 1;"), NotebookCell.Code(source));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(2, result.Failure!.Cell);
        Assert.Equal(line, result.Failure.Line);
        Assert.Contains($"unsupported magic command {magic}", result.Failure.Message);
        Assert.Contains("Remove the command", result.Failure.Message);
        Assert.IsType<ErrorOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
    }

    [Fact]
    public async Task Cell_in_another_kernel_fails_naming_the_kernel()
    {
        using var folder = new TempFolder();
        var cell = NotebookCell.Code("let x = 1");
        cell.Metadata["polyglot_notebook"]!["kernelName"] = "fsharp";
        var path = folder.WriteNotebook("fsharp.ipynb", cell);

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Contains("'fsharp' kernel", result.Failure!.ToString());
    }

    [Fact]
    public async Task Hanging_cell_times_out_and_keeps_outputs_so_far()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("hang.ipynb",
            NotebookCell.Code("Console.WriteLine(\"first\");"),
            NotebookCell.Code("Console.WriteLine(\"started\");\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"),
            NotebookCell.Code("Console.WriteLine(\"never\");"));

        // The limit holds for every cell, the first one's compile included: 4 s leaves room for a cold compile on a
        // busy machine, so only the cell that sleeps forever can run past it.
        var result = await NotebookRunner.RunFileAsync(path, Options with { CellTimeout = TimeSpan.FromSeconds(4) });

        Assert.Equal(RunStatus.TimedOut, result.Status);
        Assert.Equal(2, result.Failure!.Cell);
        Assert.Contains("did not finish within 4 s", result.Failure.Message);
        Assert.Equal("first\n", Cells.StreamText(result.Notebook.Cells[0]));
        var hung = result.Notebook.Cells[1];
        Assert.Equal("started\n", Cells.StreamText(hung));
        Assert.IsType<ErrorOutput>(hung.Outputs[^1]);
        Assert.Empty(result.Notebook.Cells[2].Outputs);
    }

    [Fact]
    public async Task Notebook_time_limit_stops_the_cell_that_runs_past_it()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("slow.ipynb",
            NotebookCell.Code("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"));

        var result = await NotebookRunner.RunFileAsync(path, Options with { NotebookTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(RunStatus.TimedOut, result.Status);
        Assert.Contains("ran past its 0.3 s limit", result.Failure!.Message);
    }

    [Fact]
    public async Task Python_notebook_is_refused_with_the_fix()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("py.ipynb", NotebookCell.Code("1"));
        var notebook = AstroDL.Notebooks.Serialization.NotebookReader.Read(path);
        notebook.Metadata["kernelspec"]!["name"] = "python3";

        var error = await Assert.ThrowsAsync<AstroDL.Notebooks.Serialization.NotebookFormatException>(
            () => NotebookRunner.RunAsync(notebook, path, Options));

        Assert.Contains("kernelspec 'python3'", error.Message);
        Assert.Contains(".net-csharp", error.Message);
    }
}
