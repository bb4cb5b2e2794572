using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Serialization;

public class WriteBackTests
{
    private static async Task<string> WriteExecutedNotebookAsync(TempFolder folder)
    {
        var path = folder.WriteNotebook("executed.ipynb",
            NotebookCell.Markdown("# Executed"),
            NotebookCell.Code("var p = display(\"start\");\nConsole.WriteLine(\"é\");\np.Update(\"done\");\n40 + 2"),
            NotebookCell.Code("throw new Exception(\"stop\");"),
            NotebookCell.Code("1"));
        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions());
        NotebookWriter.Write(result.Notebook, path);
        return path;
    }

    [Fact]
    public async Task Executed_notebook_round_trips_and_keeps_polyglot_metadata()
    {
        using var folder = new TempFolder();
        var path = await WriteExecutedNotebookAsync(folder);

        var text = File.ReadAllText(path);
        var reread = NotebookReader.Read(path);

        Assert.Equal(text, NotebookWriter.ToJson(reread));
        Assert.Equal(".net-csharp", PolyglotMetadata.KernelspecNameOf(reread.Metadata));
        Assert.Contains("\"output_type\": \"execute_result\"", text);
        Assert.Contains("\"output_type\": \"display_data\"", text);
        Assert.Contains("\"output_type\": \"error\"", text);
        Assert.Contains("\"é\\n\"", text);
        Assert.Equal([1, 2, null], reread.Cells.Skip(1).Select(c => c.ExecutionCount));
    }

    [Fact]
    public void Writers_of_one_notebook_at_once_each_use_their_own_temporary_file()
    {
        // Two course run --inplace of one notebook end at the same moment: with a shared temporary file one writer's
        // rename finds it gone, or a shorter write leaves the tail of a longer one behind.
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "shared.ipynb");
        var notebooks = new[] { 1, 2 }.Select(n => Notebook.CreateCSharp(NotebookCell.Code(new string('x', n * 2_000_000)))).ToArray();

        Parallel.For(0, 16, i => NotebookWriter.Write(notebooks[i % 2], path));

        var written = NotebookReader.Read(path);
        Assert.Contains(written.Cells[0].Source.Length, new[] { 2_000_000, 4_000_000 });
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [NbformatFact]
    public async Task Executed_notebook_passes_nbformat_validation()
    {
        using var folder = new TempFolder();
        var path = await WriteExecutedNotebookAsync(folder);

        var (exitCode, output) = Python.Run(Python.WithNbformat!,
            "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4)); print('valid')", path);

        Assert.True(exitCode == 0, output);
        Assert.Equal("valid", output.Trim());
    }
}
