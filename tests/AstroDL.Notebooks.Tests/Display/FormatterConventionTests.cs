using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Display;

/// <summary>The runner renders library types through the Polyglot kernel's convention, so they look the same in VS Code.</summary>
public class FormatterConventionTests
{
    private static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2) };

    // A library with no notebook reference: the attribute is its own, recognized by name only.
    private const string StarLibrary = """
        using System;
        using System.Collections;
        using System.IO;
        namespace Sky
        {
            [AttributeUsage(AttributeTargets.Class)]
            internal sealed class TypeFormatterSourceAttribute : Attribute
            {
                public TypeFormatterSourceAttribute(Type formatterSourceType) { FormatterSourceType = formatterSourceType; }
                public Type FormatterSourceType { get; }
                public string[] PreferredMimeTypes { get; set; }
            }
            internal sealed class StarFormatters
            {
                public IEnumerable CreateTypeFormatters()
                {
                    yield return new StarFormatter { MimeType = "text/html" };
                    yield return new StarFormatter { MimeType = "text/plain" };
                }
            }
            internal sealed class StarFormatter
            {
                public string MimeType { get; set; }
                public bool Format(object value, TextWriter writer)
                {
                    if (value is not Star star) return false;
                    writer.Write(MimeType == "text/html" ? "<b>" + star.Name + "</b>" : "star " + star.Name);
                    return true;
                }
            }
            [TypeFormatterSource(typeof(StarFormatters), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
            public class Star { public string Name = "Vega"; }
            public class Giant : Star { }
        }
        """;

    [Fact]
    public async Task Attribute_found_by_name_gives_each_preferred_mime_type_for_results_displays_and_subclasses()
    {
        using var folder = new TempFolder();
        var dll = TestLibraries.Build(folder.Path, "Sky", StarLibrary);
        var path = folder.WriteNotebook("stars.ipynb",
            NotebookCell.Code($"#r \"{Path.GetFileName(dll)}\"\nusing Sky;\nnew Star()"),
            NotebookCell.Code("display(new Giant { Name = \"Betelgeuse\" });"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        var value = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal(["text/html", "text/plain"], value.Data.Keys);
        Assert.Equal("<b>Vega</b>", value.Data["text/html"]);
        Assert.Equal("star Vega", value.Data["text/plain"]);
        var shown = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal("<b>Betelgeuse</b>", shown.Data["text/html"]);
    }

    [Fact]
    public async Task Course_library_types_render_as_html_and_svg_with_text()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("library.ipynb",
            NotebookCell.Code($"#r \"{TestLibraries.AstroDL}\"\nusing AstroDL;\nusing AstroDL.Plotting;\ntorch.ones(2, 2)"),
            NotebookCell.Code("Plot.Line(new[] { 1.0, 4, 9 }, label: \"squares\")"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        var tensor = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal(["text/html", "text/plain"], tensor.Data.Keys);
        Assert.Contains("<pre>tensor([[1., 1.],", tensor.Data["text/html"]);
        Assert.StartsWith("[2x2], type = float32", tensor.Data["text/plain"]);
        var figure = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal(["image/svg+xml", "text/plain"], figure.Data.Keys);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", figure.Data["image/svg+xml"]);
        Assert.Equal("Figure: line 'squares' (3 points)", figure.Data["text/plain"]);
    }

    [Fact]
    public async Task Html_helper_and_explicit_mime_types_display_as_asked()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("html.ipynb",
            NotebookCell.Code("HTML(\"<b>bold</b>\")"),
            NotebookCell.Code("display(HTML(\"<i>shown</i>\"));\ndisplay(\"a < b\", \"text/html\", \"text/plain\");"),
            NotebookCell.Code("display(1, \"application/x-unknown\");"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        var html = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal(["text/html"], html.Data.Keys);
        Assert.Equal("<b>bold</b>", html.Data["text/html"]);
        var outputs = result.Notebook.Cells[1].Outputs.Cast<DataOutput>().ToList();
        Assert.Equal("<i>shown</i>", outputs[0].Data["text/html"]);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>a &lt; b</pre></div>", outputs[1].Data["text/html"]);
        Assert.Equal("a < b", outputs[1].Data["text/plain"]);
        Assert.Equal(3, result.Failure!.Cell);
        Assert.Contains("No formatter is registered for MIME type application/x-unknown", result.Failure.Message);
    }

    [Fact]
    public async Task Training_in_a_notebook_shows_one_live_progress_output_updated_in_place()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("fit.ipynb",
            NotebookCell.Code($"#r \"{TestLibraries.AstroDL}\"\nusing AstroDL;\nusing AstroDL.Training;\nusing static AstroDL.torch;"),
            NotebookCell.Code("""
                manual_seed(0);
                var x = randn(64, 2);
                var y = x.select(1, 0).gt(0).to_type(ScalarType.Int64);
                var model = nn.Sequential(nn.Linear(2, 2));
                var history = model.compile(optim.SGD(model.parameters(), 0.1), nn.CrossEntropyLoss(), "accuracy")
                    .fit(x, y, epochs: 2, batch_size: 16, validation_split: 0.25);
                """));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        var progress = Assert.IsType<DataOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal(DataOutputKind.DisplayData, progress.Kind);
        Assert.StartsWith("Epoch 2/2 [####################] 100% - loss: ", progress.Data["text/plain"]);
        Assert.Contains(">Epoch 2/2  100%</text>", progress.Data["image/svg+xml"]);
    }
}
