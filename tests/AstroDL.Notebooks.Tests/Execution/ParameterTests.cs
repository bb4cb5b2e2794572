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
    public async Task Failing_cells_are_numbered_as_in_the_notebook_without_the_injected_cell()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("numbers.ipynb",
            NotebookCell.Code("var fast = false;", ParameterInjection.ParametersTag),
            NotebookCell.Code("throw new Exception(\"second\");"));

        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions { Fast = true });

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(2, result.Failure!.Cell);
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

    [Fact]
    public void Parameter_types_come_from_declared_types_and_initializer_literals()
    {
        var types = ParameterTypes.Of("var epochs = 10;\nvar lr = 1e-3;\nvar scale = 0.5f;\nvar name = \"mnist\";\nvar fast = false;\n" +
            "double momentum = 0;\nlong seed = -7L;\nvar model = new object();");

        Assert.Equal("int", types["epochs"]);
        Assert.Equal("double", types["lr"]);
        Assert.Equal("float", types["scale"]);
        Assert.Equal("string", types["name"]);
        Assert.Equal("bool", types["fast"]);
        Assert.Equal("double", types["momentum"]);
        Assert.Equal("long", types["seed"]);
        Assert.Null(types["model"]);
    }

    [Theory]
    [InlineData("3", "int", "3")]
    [InlineData("3", "double", "3")]
    [InlineData("0.01", "float", "0.01f")]
    [InlineData("1e-3", "double", "0.001")]
    [InlineData("NaN", "double", "double.NaN")]
    [InlineData("True", "bool", "true")]
    [InlineData("3", "string", "\"3\"")]
    [InlineData("5000000000", "long", "5000000000L")]
    [InlineData("2.5", "decimal", "2.5m")]
    public void Values_become_literals_of_the_declared_type(string value, string type, string literal) =>
        Assert.Equal(literal, ParameterInjection.ToLiteral(value, type, "p"));

    [Theory]
    [InlineData("2.5", "int", "'epochs' is an int in the parameters cell, and '2.5' is not one")]
    [InlineData("yes", "bool", "'epochs' is a bool")]
    public void Values_that_do_not_fit_the_declared_type_are_refused(string value, string type, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => ParameterInjection.ToLiteral(value, type, "epochs")).Message);

    [Fact]
    public void Overriding_an_undeclared_variable_names_the_declared_ones()
    {
        var notebook = Notebook.CreateCSharp(NotebookCell.Code("var epochs = 10;\nvar lr = 0.1;", ParameterInjection.ParametersTag));

        var error = Assert.Throws<ArgumentException>(() => ParameterInjection.Inject(notebook, "nb.ipynb", [new("epoch", "2")]));

        Assert.Contains("declares no 'epoch'; it declares epochs, lr", error.Message);
    }

    [Fact]
    public void Fast_sets_the_fast_parameter_when_declared_and_an_explicit_value_wins()
    {
        var withFast = Notebook.CreateCSharp(NotebookCell.Code("var fast = false;\nvar epochs = 10;", ParameterInjection.ParametersTag));
        var explicitFast = Notebook.CreateCSharp(NotebookCell.Code("var fast = false;", ParameterInjection.ParametersTag));
        var withoutFast = Notebook.CreateCSharp(NotebookCell.Code("var epochs = 10;", ParameterInjection.ParametersTag));
        var noParameters = Notebook.CreateCSharp(NotebookCell.Code("var epochs = 10;"));

        ParameterInjection.Inject(withFast, "a", [new("epochs", "2")], fast: true);
        ParameterInjection.Inject(explicitFast, "b", [new("fast", "false")], fast: true);
        ParameterInjection.Inject(withoutFast, "c", [], fast: true);
        ParameterInjection.Inject(noParameters, "d", [], fast: true);

        Assert.Equal("epochs = 2;\nfast = true;", withFast.Cells[1].Source);
        Assert.Equal("fast = false;", explicitFast.Cells[1].Source);
        Assert.Single(withoutFast.Cells);
        Assert.Single(noParameters.Cells);
    }

    [Fact]
    public async Task A_numeric_override_of_a_string_parameter_stays_a_string()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("typed.ipynb",
            NotebookCell.Code("var run = \"baseline\";\nvar lr = 0.1f;", ParameterInjection.ParametersTag),
            NotebookCell.Code("$\"{run.Length} {lr.GetType().Name} {lr}\""));

        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions { Parameters = [new("run", "42"), new("lr", "0.5")] });

        Cells.AssertPassed(result);
        Assert.Equal("2 Single 0.5", Cells.PlainText(Assert.Single(result.Notebook.Cells[2].Outputs)));
    }
}
