using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

/// <summary>A notebook written in VS Code for TorchSharp (Notebooks/tutorial2-tensors.ipynb) runs on the course library.</summary>
public class RealNotebookTests
{
    private static string Tutorial => Path.Combine(AppContext.BaseDirectory, "Notebooks", "tutorial2-tensors.ipynb");

    [Fact]
    public async Task TorchSharp_tensor_tutorial_runs_and_shows_tensors_as_the_convention_renders_them()
    {
        var result = await NotebookRunner.RunFileAsync(Tutorial, new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(2) });

        Cells.AssertPassed(result);
        Assert.Equal(4, result.CellsExecuted);
        var ones = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[4].Outputs));
        Assert.Equal(["text/html", "text/plain"], ones.Data.Keys);
        Assert.Equal("[3x4], type = float32, device = cpu\ntensor([[1., 1., 1., 1.],\n        [1., 1., 1., 1.],\n        [1., 1., 1., 1.]])",
            ones.Data["text/plain"].ReplaceLineEndings("\n"));
        Assert.Contains("tensor([[[1., 1., 1., 1.],", Cells.PlainText(Assert.Single(result.Notebook.Cells[6].Outputs)));
    }

    [Fact]
    public async Task Executed_tutorial_keeps_its_own_metadata_and_format_version_when_written()
    {
        using var folder = new TempFolder();
        var result = await NotebookRunner.RunFileAsync(Tutorial, new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(2) });
        var written = Path.Combine(folder.Path, "executed.ipynb");

        NotebookWriter.Write(result.Notebook, written);
        var reread = NotebookReader.Read(written);

        Assert.Equal(2, reread.FormatMinor);
        Assert.Equal("C#", reread.Metadata["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal(NotebookWriter.ToJson(reread), File.ReadAllText(written));
    }
}
