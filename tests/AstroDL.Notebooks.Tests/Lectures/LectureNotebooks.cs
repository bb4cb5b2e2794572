using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>The repository's lecture notebooks (the .ipynb and .dib files in notebooks/), found when the tests run.</summary>
public static class LectureNotebooks
{
    /// <summary>Stands in for the notebooks while notebooks/ holds none, so each theory still runs once and says so.</summary>
    public const string None = "(no notebooks yet)";

    /// <summary>The notebooks' file names in lecture order (file name order), or <see cref="None"/>.</summary>
    public static TheoryData<string> Names()
    {
        var folder = Repository.Root is { } root ? Path.Combine(root, "notebooks") : null;
        var files = folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => Path.GetExtension(f) is ".ipynb" or ".dib").Order(StringComparer.Ordinal).ToList()
            : [];
        var data = new TheoryData<string>();
        foreach (var file in files) data.Add(Path.GetFileName(file));
        if (files.Count == 0) data.Add(None);
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
