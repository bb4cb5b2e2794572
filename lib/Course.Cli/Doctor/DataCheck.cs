using AstroDL.Datasets;

namespace Course.Cli.Doctor;

/// <summary>Each data set the registry knows, as its loader would find it now; this is where doctor asks the data registry.</summary>
internal static class DataCheck
{
    public static IEnumerable<Finding> Run() => DataSetRegistry.All.Select(dataSet =>
    {
        var where = dataSet.Locate();
        return where.Status switch
        {
            DataSetStatus.Found => new Finding($"data {dataSet.Name}", Severity.Ok, where.Source ?? where.Folder ?? "found"),
            DataSetStatus.Incomplete => new Finding($"data {dataSet.Name}", Severity.Problem, $"incomplete: {where.Folder} lacks some files",
                $"course data verify {dataSet.Name} names them"),
            DataSetStatus.SampleOnly => new Finding($"data {dataSet.Name}", Severity.Note, $"only the offline sample ({where.Folder})", FirstWay(dataSet)),
            _ when dataSet.IsOptional => new Finding($"data {dataSet.Name}", Severity.Note, "missing (optional: the notebooks run without it)", FirstWay(dataSet)),
            _ => new Finding($"data {dataSet.Name}", Severity.Problem, "missing", FirstWay(dataSet)),
        };
    });

    /// <summary>The first of the ways to get the set; `course data` lists them all.</summary>
    private static string FirstWay(DataSetInfo dataSet) =>
        dataSet.HowToGet.Split('\n')[0].Trim().TrimStart('-', ' ') + " (all ways: course data)";
}
