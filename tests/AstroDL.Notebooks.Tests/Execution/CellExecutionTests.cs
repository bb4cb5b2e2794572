using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

public class CellExecutionTests
{
    private static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2) };

    [Fact]
    public async Task State_is_carried_from_cell_to_cell()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("state.ipynb",
            NotebookCell.Code("var x = 20;\nint Twice(int v) => 2 * v;"),
            NotebookCell.Markdown("# between"),
            NotebookCell.Code("var y = Twice(x) + 2;"),
            NotebookCell.Code("y"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Equal(3, result.CellsExecuted);
        Assert.Equal("42", Cells.PlainText(Assert.Single(result.Notebook.Cells[3].Outputs)));
    }

    [Fact]
    public async Task Console_output_becomes_one_stream_output_per_stream()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("console.ipynb",
            NotebookCell.Code("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\nawait Task.Run(() => Console.WriteLine(\"c\"));\nConsole.Error.WriteLine(\"oops\");"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        var cell = result.Notebook.Cells[0];
        Cells.AssertPassed(result);
        Assert.Equal(2, cell.Outputs.Count);
        Assert.Equal(new StreamOutput("stdout", "ab\nc\n"), cell.Outputs[0]);
        Assert.Equal(new StreamOutput("stderr", "oops\n"), cell.Outputs[1]);
    }

    [Fact]
    public async Task Printed_text_beyond_the_cap_is_dropped_with_a_notice()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("loud.ipynb",
            NotebookCell.Code("for (int i = 0; i < 300; i++) Console.Write(\"0123456789\");"),
            NotebookCell.Code("Console.Write(\"next cell\");"));

        var result = await NotebookRunner.RunFileAsync(path, Options with { MaxTextPerCell = 1000 });

        Cells.AssertPassed(result);
        var loud = result.Notebook.Cells[0].Outputs;
        Assert.Equal(new StreamOutput("stdout", string.Concat(Enumerable.Repeat("0123456789", 100))), loud[0]);
        var notice = Assert.IsType<StreamOutput>(loud[1]);
        Assert.Equal("stderr", notice.Name);
        Assert.Contains("printed 3,000 characters; the first 1,000 are kept and 2,000 were dropped", notice.Text);
        // The cap is per cell: the next one starts afresh.
        Assert.Equal(new StreamOutput("stdout", "next cell"), Assert.Single(result.Notebook.Cells[1].Outputs));
    }

    [Theory]
    [InlineData("1 + 1", "2")]
    [InlineData("\"text\"", "text")]
    [InlineData("0.5", "0.5")]
    [InlineData("new[] { 1, 2, 3 }", "[ 1, 2, 3 ]")]
    [InlineData("return 7;", "7")]
    [InlineData("(string?)null", "<null>")]
    public async Task Last_expression_becomes_an_execute_result(string code, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("value.ipynb", NotebookCell.Code("var unused = 0;"), NotebookCell.Code(code));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        var output = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal(DataOutputKind.ExecuteResult, output.Kind);
        Assert.Equal(2, output.ExecutionCount);
        Assert.Equal(expected, output.Data["text/plain"]);
    }

    [Theory]
    [InlineData("var z = 1;")]
    [InlineData("Console.Write(\"\")")]
    [InlineData("await Task.Delay(1)")]
    public async Task Statements_and_void_calls_produce_no_result(string code)
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("novalue.ipynb", NotebookCell.Code(code));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Empty(result.Notebook.Cells[0].Outputs);
    }

    [Fact]
    public async Task Display_update_replaces_the_output_in_place()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("display.ipynb",
            NotebookCell.Code("var progress = display(\"epoch 0\");\nConsole.WriteLine(\"training\");\ndisplay(3);"),
            NotebookCell.Code("for (var epoch = 1; epoch <= 3; epoch++) progress.Update($\"epoch {epoch}\");"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(3, outputs.Count);
        Assert.Equal(DataOutputKind.DisplayData, Assert.IsType<DataOutput>(outputs[0]).Kind);
        Assert.Equal("epoch 3", Cells.PlainText(outputs[0]));
        Assert.Equal(new StreamOutput("stdout", "training\n"), outputs[1]);
        Assert.Equal("3", Cells.PlainText(outputs[2]));
        Assert.Empty(result.Notebook.Cells[1].Outputs);
    }

    [Fact]
    public async Task Trailing_display_without_semicolon_is_shown_once()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("display-once.ipynb", NotebookCell.Code("display(5)"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        var output = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal(DataOutputKind.DisplayData, output.Kind);
    }

    [Fact]
    public async Task Kernel_default_imports_are_in_scope_and_csharp_selector_is_accepted()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("imports.ipynb",
            NotebookCell.Code("#!csharp\nvar sb = new StringBuilder(\"x\");\nvar list = new List<int> { 1 }.Select(i => i).ToList();\nsb.Length + list.Count"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Equal("2", Cells.PlainText(Assert.Single(result.Notebook.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Working_directory_is_the_notebook_folder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "data.txt"), "stars");
        var path = folder.WriteNotebook("cwd.ipynb", NotebookCell.Code("System.IO.File.ReadAllText(\"data.txt\")"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal("stars", Cells.PlainText(Assert.Single(result.Notebook.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Outputs_of_a_previous_run_are_replaced()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("rerun.ipynb", NotebookCell.Code("1"));
        var first = await NotebookRunner.RunFileAsync(path, Options);
        NotebookWriter.Write(first.Notebook, path);

        var second = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Single(second.Notebook.Cells[0].Outputs);
        Assert.Equal(1, second.Notebook.Cells[0].ExecutionCount);
    }
}
