using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Cli;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Serialization;

public class DibTests
{
    private const string Dib = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # Tensors 101

        #!csharp

        var x = 1 + 1;
        #!time
        x

        #!fsharp

        let y = 2
        """;

    [Fact]
    public void Cells_are_split_at_kernel_selectors_and_magic_commands_stay_inside()
    {
        var notebook = DibReader.Parse(Dib, "t.dib");

        Assert.Equal(["markdown", "code", "code"], notebook.Cells.Select(c => c.CellType));
        Assert.Equal("# Tensors 101", notebook.Cells[0].Source);
        Assert.Equal("var x = 1 + 1;\n#!time\nx", notebook.Cells[1].Source);
        Assert.Equal("fsharp", PolyglotMetadata.KernelOf(notebook.Cells[2].Metadata, notebook.Metadata));
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
    }

    [Fact]
    public void Text_before_any_selector_is_csharp()
    {
        var notebook = DibReader.Parse("Console.WriteLine(1);\n\n#!markdown\ntext", "plain.dib");

        Assert.Equal("Console.WriteLine(1);", notebook.Cells[0].Source);
        Assert.True(notebook.Cells[0].IsCode);
    }

    [Fact]
    public async Task Dib_notebooks_run_and_their_executed_copy_is_written_as_ipynb()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "lesson.dib"), "#!markdown\n\n# Lesson\n\n#!csharp\n\nvar stars = 3;\nstars * 2\n");

        var result = await NotebookRunner.RunFileAsync(Path.Combine(folder.Path, "lesson.dib"), new NotebookRunOptions());
        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "lesson.dib", "--out", "executed");

        Cells.AssertPassed(result);
        Assert.Equal("6", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
        Assert.True(exitCode == 0, output);
        var written = NotebookReader.Read(Path.Combine(folder.Path, "executed", "lesson.ipynb"));
        Assert.Equal(".net-csharp", PolyglotMetadata.KernelspecNameOf(written.Metadata));
        Assert.Equal("6", Cells.PlainText(Assert.Single(written.Cells[1].Outputs)));
    }

    [Fact]
    public void Dib_cannot_be_written_in_place()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "lesson.dib"), "#!csharp\n1\n");

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run", "lesson.dib", "--inplace");

        Assert.Equal(3, exitCode);
        Assert.Contains("a .dib file cannot hold outputs", output);
    }
}
