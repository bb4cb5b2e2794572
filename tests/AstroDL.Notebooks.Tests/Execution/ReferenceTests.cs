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
    public async Task Parent_relative_r_resolves_from_the_notebook_folder_when_the_notebook_is_named_relative_to_the_caller()
    {
        // The course layout: notebooks/x.ipynb references ../artifacts/..., and `course run notebooks/x.ipynb` is
        // typed in the repository root.
        using var folder = new TempFolder();
        var libs = Directory.CreateDirectory(Path.Combine(folder.Path, "artifacts")).FullName;
        var dll = TestLibraries.Build(libs, "Comet", "namespace Stars; public static class Comet { public static string Name => \"Halley\"; }");
        Directory.CreateDirectory(Path.Combine(folder.Path, "notebooks"));
        folder.WriteNotebook(Path.Combine("notebooks", "lecture.ipynb"),
            NotebookCell.Code($"#r \"../artifacts/{Path.GetFileName(dll)}\"\nusing Stars;"),
            NotebookCell.Code("Comet.Name"));
        var caller = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder.Path);
        try
        {
            var result = await NotebookRunner.RunFileAsync(Path.Combine("notebooks", "lecture.ipynb"), new NotebookRunOptions());

            Cells.AssertPassed(result);
            Assert.Equal("Halley", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
        }
        finally
        {
            Directory.SetCurrentDirectory(caller);
        }
    }
}
