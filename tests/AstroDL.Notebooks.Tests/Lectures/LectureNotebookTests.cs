using Xunit.Abstractions;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>
/// Every notebook in the repository's notebooks/ folder runs to the end in the fast setting, each in its own
/// process as <c>course test</c> runs it.
/// </summary>
[Collection(LectureCollection.Name)]
public class LectureNotebookTests(KitRuns kit, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(LectureNotebooks.Names), MemberType = typeof(LectureNotebooks))]
    public void Lecture_notebook_runs_in_the_fast_setting(string notebook)
    {
        if (notebook == LectureNotebooks.None)
        {
            output.WriteLine("notebooks/ holds no notebooks yet; nothing to run.");
            return;
        }

        var run = kit.Of(notebook);

        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
    }
}
