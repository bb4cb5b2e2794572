using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

public class ParameterTests
{
    [Theory]
    [InlineData("3", "3")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("True", "true")]
    [InlineData("false", "false")]
    [InlineData("galaxy10", "\"galaxy10\"")]
    [InlineData("NaN", "\"NaN\"")]
    [InlineData("a \"b\"\\c", "\"a \\\"b\\\"\\\\c\"")]
    public void Values_become_csharp_literals(string value, string literal) =>
        Assert.Equal(literal, ParameterInjection.ToLiteral(value));

    [Fact]
    public async Task Overrides_are_injected_after_the_parameters_cell()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("params.ipynb",
            NotebookCell.Markdown("# Training"),
            NotebookCell.Code("var epochs = 10;\nvar dataset = \"full\";\nvar fast = false;", ParameterInjection.ParametersTag),
            NotebookCell.Code("$\"{epochs} {dataset} {fast}\""));
        var options = new NotebookRunOptions
        {
            Parameters = [new("epochs", "2"), new("dataset", "sample"), new("fast", "True")],
        };

        var result = await NotebookRunner.RunFileAsync(path, options);

        Cells.AssertPassed(result);
        var injected = result.Notebook.Cells[2];
        Assert.Equal("epochs = 2;\ndataset = \"sample\";\nfast = true;", injected.Source);
        Assert.Contains(ParameterInjection.InjectedTag, injected.Tags);
        Assert.Equal("2 sample True", Cells.PlainText(Assert.Single(result.Notebook.Cells[3].Outputs)));
    }

    [Fact]
    public async Task Overrides_without_a_parameters_cell_say_how_to_tag_one()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("noparams.ipynb", NotebookCell.Code("var epochs = 10;"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            NotebookRunner.RunFileAsync(path, new NotebookRunOptions { Parameters = [new("epochs", "2")] }));

        Assert.Contains("no code cell is tagged 'parameters'", error.Message);
        Assert.Contains(path, error.Message);
    }
}
