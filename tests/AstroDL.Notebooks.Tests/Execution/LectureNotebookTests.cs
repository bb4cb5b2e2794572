using Xunit.Abstractions;

namespace AstroDL.Notebooks.Tests.Execution;

/// <summary>
/// Every notebook in the repository's notebooks/ folder runs to the end in the fast setting, each in its own
/// process as <c>course test</c> runs it. The notebooks are found when the tests run.
/// </summary>
public class LectureNotebookTests(ITestOutputHelper output)
{
    private const string NoNotebooks = "(no notebooks yet)";

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        var root = RepositoryRoot();
        var folder = root is null ? null : Path.Combine(root, "notebooks");
        var files = folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => Path.GetExtension(f) is ".ipynb" or ".dib").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files) data.Add(Path.GetFileName(file));
        if (files.Count == 0) data.Add(NoNotebooks);
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Lecture_notebook_runs_in_the_fast_setting(string notebook)
    {
        if (notebook == NoNotebooks)
        {
            output.WriteLine("notebooks/ holds no notebooks yet; nothing to run.");
            return;
        }

        var root = RepositoryRoot()!;
        var (exitCode, text) = Cli.CourseProcess.Run(root, "run", Path.Combine("notebooks", notebook), "--fast");

        output.WriteLine(text);
        Assert.True(exitCode == 0, text);
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.sln"))) return folder.FullName;
        }
        return null;
    }
}
