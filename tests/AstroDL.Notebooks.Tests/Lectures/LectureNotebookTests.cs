using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>
/// Every notebook in the repository's notebooks/ folder declares the fast setting, ends with its result contract, and
/// runs to the end in the fast setting, each in its own process as <c>course test</c> runs it.
/// </summary>
[Collection(LectureCollection.Name)]
public class LectureNotebookTests(KitRuns kit, ITestOutputHelper output)
{
    [Fact]
    public void A_notebooks_folder_without_lectures_is_an_error_not_an_empty_pass()
    {
        using var course = new TempFolder();
        Directory.CreateDirectory(Path.Combine(course.Path, "notebooks"));
        File.WriteAllText(Path.Combine(course.Path, "notebooks", "README.md"), "not a notebook");

        var e = Assert.Throws<InvalidOperationException>(() => LectureNotebooks.Found(course.Path));

        Assert.Contains("holds no lecture notebooks (.ipynb or .dib)", e.Message);
        Assert.Throws<InvalidOperationException>(() => LectureNotebooks.Found(null));
    }

    [Theory]
    [MemberData(nameof(LectureNotebooks.Names), MemberType = typeof(LectureNotebooks))]
    public void Lecture_declares_the_fast_setting_and_ends_with_its_contract(string notebook)
    {
        var cells = NotebookReader.Read(LectureNotebooks.PathOf(notebook)).Cells;
        var parameters = cells.Where(c => c.IsCode && c.Tags.Contains(ParameterInjection.ParametersTag)).ToList();
        var last = cells[^1];

        Assert.True(parameters.Count == 1, $"{notebook}: {parameters.Count} code cells are tagged '{ParameterInjection.ParametersTag}'; a lecture needs one.");
        Assert.True(ParameterTypes.Of(parameters[0].Source).TryGetValue(ParameterInjection.FastParameter, out var type) && type == "bool",
            $"{notebook}: the parameters cell does not declare 'var {ParameterInjection.FastParameter} = false;', so course test cannot shorten it.");
        Assert.True(last.IsCode && last.Source.Contains("contract", StringComparison.OrdinalIgnoreCase) && last.Source.Contains("throw"),
            $"{notebook}: the last cell is not its result contract (a code cell that checks the results and throws when one misses its threshold).");
    }

    [Theory]
    [MemberData(nameof(LectureNotebooks.Names), MemberType = typeof(LectureNotebooks))]
    public void Lecture_notebook_runs_in_the_fast_setting(string notebook)
    {
        var run = kit.Of(notebook);

        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("contract", LectureNotebooks.ContractLines(run.Executed!), StringComparison.OrdinalIgnoreCase);
    }
}
