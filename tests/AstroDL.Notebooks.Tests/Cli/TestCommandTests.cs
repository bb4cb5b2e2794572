using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Cli;

public class TestCommandTests
{
    [Fact]
    public void Test_runs_notebooks_in_the_fast_setting_and_prints_a_table_then_the_totals()
    {
        using var folder = new TempFolder();
        folder.WriteNotebook("01-fast.ipynb",
            NotebookCell.Code("var fast = false;\nvar epochs = 100;", ParameterInjection.ParametersTag),
            NotebookCell.Code("if (fast) epochs = 1;\nif (epochs != 1) throw new Exception(\"not fast\");"));
        folder.WriteNotebook("02-broken.ipynb", NotebookCell.Code("throw new InvalidOperationException(\"no galaxies\");"));

        var (exitCode, output) = CourseProcess.Run(folder.Path, "test", "01-fast.ipynb", "02-broken.ipynb");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^notebook\s+cells\s+time  result$", lines[0]);
        Assert.Matches(@"^01-fast\.ipynb\s+3\s+\d+\.\d s  PASS$", lines[1]);
        Assert.Matches(@"^02-broken\.ipynb\s+1\s+\d+\.\d s  FAIL$", lines[2]);
        Assert.Equal("02-broken.ipynb, cell 1, line 1: System.InvalidOperationException: no galaxies", lines[3]);
        Assert.Equal("1 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public void Run_without_notebooks_outside_the_repository_says_where_to_run()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run");

        Assert.Equal(3, exitCode);
        Assert.Contains("cannot find the course repository", output);
    }

    [Fact]
    public void Run_without_notebooks_runs_the_lecture_notebooks_in_order_in_the_fast_setting()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Course.sln"), "");
        var notebooks = Directory.CreateDirectory(Path.Combine(folder.Path, "notebooks")).FullName;
        foreach (var name in new[] { "02-second.ipynb", "01-first.ipynb" })
        {
            NotebookWriter.Write(Notebook.CreateCSharp(
                NotebookCell.Code("var fast = false;", ParameterInjection.ParametersTag),
                NotebookCell.Code("if (!fast) throw new Exception(\"full setting\");")), Path.Combine(notebooks, name));
        }

        var (exitCode, output) = CourseProcess.Run(folder.Path, "run");
        var (fullExit, fullOutput) = CourseProcess.Run(folder.Path, "run", "--full");

        Assert.True(exitCode == 0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("01-first.ipynb", lines[0]);
        Assert.Contains("02-second.ipynb", lines[1]);
        Assert.Equal(1, fullExit);
        Assert.EndsWith("0 passed, 2 failed\n", fullOutput);
    }
}
