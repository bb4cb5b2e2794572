using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

public class ReferenceTests
{
    [Fact]
    public async Task Relative_r_directive_loads_a_dll_from_the_notebook_folder()
    {
        using var folder = new TempFolder();
        var libs = Directory.CreateDirectory(Path.Combine(folder.Path, "libs")).FullName;
        var dll = TestLibraries.Build(libs, "Greeter",
            "namespace Stars; public static class Greeter { public static string Hello(string name) => $\"hello {name}\"; }");
        var path = folder.WriteNotebook("ref.ipynb",
            NotebookCell.Code($"#r \"libs/{Path.GetFileName(dll)}\"\nusing Stars;"),
            NotebookCell.Code("Greeter.Hello(\"M51\")"));

        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions());

        Cells.AssertPassed(result);
        Assert.Equal("hello M51", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
    }
}
