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

    [Fact]
    public async Task Relative_r_directive_resolves_from_the_notebook_folder_when_the_notebook_path_is_relative()
    {
        // course run notebooks/01-x.ipynb from the repository root: #r "../libs/x.dll" names the root's libs/ folder,
        // even though the runner makes the notebook's folder the working directory while it runs.
        using var folder = new TempFolder();
        var libs = Directory.CreateDirectory(Path.Combine(folder.Path, "libs")).FullName;
        var dll = TestLibraries.Build(libs, "Greeter2",
            "namespace Stars2; public static class Greeter { public static string Hello(string name) => $\"hello {name}\"; }");
        Directory.CreateDirectory(Path.Combine(folder.Path, "notebooks"));
        folder.WriteNotebook(Path.Combine("notebooks", "ref.ipynb"),
            NotebookCell.Code($"#r \"../libs/{Path.GetFileName(dll)}\"\nusing Stars2;"),
            NotebookCell.Code("Greeter.Hello(\"M101\")"));
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder.Path);
        try
        {
            var result = await NotebookRunner.RunFileAsync(Path.Combine("notebooks", "ref.ipynb"), new NotebookRunOptions());

            Cells.AssertPassed(result);
            Assert.Equal("hello M101", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
