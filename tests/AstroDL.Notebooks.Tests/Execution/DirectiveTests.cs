using System.Reflection;
using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Execution;

public class DirectiveTests
{
    private static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2) };

    /// <summary>A package that is in the local NuGet cache wherever these tests were restored: xunit's assertions.</summary>
    private static string XunitAssertVersion =>
        typeof(Assert).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task Csharp_selector_and_time_lines_are_blanked_so_error_lines_stay_those_of_the_cell()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("time.ipynb",
            NotebookCell.Code("#!csharp\n#!time\nConsole.WriteLine(\"timed\");"),
            NotebookCell.Code("#!time\nvar a = 1;\nvar b = a + missing;"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(new StreamOutput("stdout", "timed\n"), outputs[0]);
        Assert.Matches(@"^Wall time: \d+(\.\d+)?ms$", Cells.PlainText(outputs[1]));
        Assert.Equal(2, result.Failure!.Cell);
        Assert.Equal(3, result.Failure.Line);
    }

    [Fact]
    public async Task Markdown_selector_cell_is_not_run()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("md.ipynb", NotebookCell.Code("#!markdown\n# Not C# at all"), NotebookCell.Code("1"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Empty(result.Notebook.Cells[0].Outputs);
        Assert.Null(result.Notebook.Cells[0].ExecutionCount);
        Assert.Equal(1, result.Notebook.Cells[1].ExecutionCount);
    }

    [Fact]
    public async Task Load_runs_a_csx_file_from_the_notebook_folder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "helpers.csx"), "double Magnitude(double flux) => -2.5 * Math.Log10(flux);");
        var path = folder.WriteNotebook("load.ipynb", NotebookCell.Code("#load \"helpers.csx\"\nMagnitude(100)"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Equal("-5", Cells.PlainText(Assert.Single(result.Notebook.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Nuget_reference_resolves_from_the_local_package_cache_for_later_cells_too()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("nuget.ipynb",
            NotebookCell.Code($"#r \"nuget: xunit.assert, {XunitAssertVersion}\"\nXunit.Assert.Equal(4, 2 + 2);"),
            NotebookCell.Code($"#r \"nuget: xunit.assert, {XunitAssertVersion}\"\ntypeof(Xunit.Assert).Name"));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Equal("Assert", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
    }

    [Fact]
    public async Task Nuget_package_with_a_native_library_loads_it_from_its_package_folder()
    {
        // ML.NET's FastTree calls libFastTreeNative (runtimes/RID/native), which nothing copies beside the runner.
        // The runner's project restores the package (the version of Directory.Packages.props), as lecture 5 needs it.
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("native.ipynb",
            NotebookCell.Code("#r \"nuget: Microsoft.ML.FastTree, 6.0.0\""),
            NotebookCell.Code("""
                using Microsoft.ML;
                public sealed class Row { public float X { get; set; } public bool Label { get; set; } }
                var ml = new MLContext(seed: 0);
                var rows = Enumerable.Range(0, 200).Select(i => new Row { X = i, Label = i >= 100 }).ToList();
                var data = ml.Transforms.Concatenate("Features", "X").Fit(ml.Data.LoadFromEnumerable(rows)).Transform(ml.Data.LoadFromEnumerable(rows));
                var model = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 2, numberOfTrees: 5, minimumExampleCountPerLeaf: 5).Fit(data);
                ml.BinaryClassification.Evaluate(model.Transform(data)).Accuracy
                """));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Cells.AssertPassed(result);
        Assert.Equal("1", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
    }

    [Theory]
    [InlineData("#r \"nuget: No.Such.Package.Anywhere, 1.0.0\"", "is not in the local NuGet cache", "works offline")]
    [InlineData("#r \"nuget: xunit.assert\"", "needs an exact version", "#r \"nuget: xunit.assert, 1.2.3\"")]
    [InlineData("#r \"nuget: xunit.assert, *\"", "needs an exact version", "pinned")]
    public async Task Unresolvable_or_unpinned_packages_fail_saying_what_to_do(string directive, string problem, string advice)
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("bad-nuget.ipynb", NotebookCell.Code("var before = 1;\n" + directive));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(2, result.Failure!.Line);
        Assert.Contains(problem, result.Failure.Message);
        Assert.Contains(advice, result.Failure.Message);
    }

    [Fact]
    public async Task Same_package_with_another_version_fails_as_in_the_kernel()
    {
        using var folder = new TempFolder();
        var path = folder.WriteNotebook("versions.ipynb",
            NotebookCell.Code($"#r \"nuget: xunit.assert, {XunitAssertVersion}\""),
            NotebookCell.Code("#r \"nuget: xunit.assert, 1.0.0\""));

        var result = await NotebookRunner.RunFileAsync(path, Options);

        Assert.Equal(2, result.Failure!.Cell);
        Assert.Equal($"xunit.assert version 1.0.0 cannot be added because version {XunitAssertVersion} was added previously.", result.Failure.Message);
    }
}
