using AstroDL.Notebooks.Tests.Support;
using Course.Cli.Running;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>
/// The repository's lecture notebooks, found by the rule <c>course run</c> and <c>course test</c> use
/// (<see cref="CourseLayout.LectureNotebooks"/>), when the tests run.
/// </summary>
public static class LectureNotebooks
{
    /// <summary>The lecture notebooks' file names in lecture order; finding none is an error, so no lecture test passes by running nothing.</summary>
    public static IReadOnlyList<string> Found(string? root)
    {
        if (root is null)
            throw new InvalidOperationException("The tests run outside the course repository (no Course.sln above them), so there are no lecture notebooks to test.");
        var files = CourseLayout.LectureNotebooks(root);
        if (files.Count == 0)
            throw new InvalidOperationException($"{Path.Combine(root, "notebooks")} holds no lecture notebooks (.ipynb or .dib): the lecture tests have nothing to test.");
        return files.Select(f => Path.GetFileName(f)).ToList();
    }

    /// <summary>The repository's lecture notebooks, one theory case each.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Found(Repository.Root)) data.Add(name);
        return data;
    }

    public static string PathOf(string name) => Path.Combine(Repository.Root!, "notebooks", name);

    /// <summary>What a lecture's last cell printed: its result contract, one line per check with the figure, then the verdict.</summary>
    public static string ContractLines(Model.Notebook executed) => Cells.StreamText(executed.Cells.Last(c => c.IsCode));

    /// <summary>Where an executed notebook first failed (cell number and error), or null when no cell has an error output.</summary>
    public static string? FirstError(Model.Notebook executed)
    {
        var index = executed.Cells.FindIndex(c => c.Outputs.OfType<Model.ErrorOutput>().Any());
        return index < 0 ? null : $"cell {index + 1}: {executed.Cells[index].Outputs.OfType<Model.ErrorOutput>().First().EValue}";
    }
}
