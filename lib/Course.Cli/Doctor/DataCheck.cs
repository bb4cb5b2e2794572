using AstroDL.Data;

namespace Course.Cli.Doctor;

/// <summary>Each data set the registry knows, as its loader would find it now; this is where doctor asks the data registry.</summary>
internal static class DataCheck
{
    public static IEnumerable<Finding> Run()
    {
        var dataSets = DataSetRegistry.All;
        if (dataSets.Count == 0)
        {
            yield return new Finding("data", Severity.Note, "no data sets are registered in this build");
            yield break;
        }

        foreach (var dataSet in dataSets)
        {
            yield return dataSet.Status switch
            {
                DataSetStatus.Found => new Finding($"data {dataSet.Name}", Severity.Ok, dataSet.Location ?? "found"),
                DataSetStatus.SampleOnly => new Finding($"data {dataSet.Name}", Severity.Note, $"only the offline sample ({dataSet.Location})", dataSet.Remedy),
                _ => new Finding($"data {dataSet.Name}", Severity.Problem, "missing", dataSet.Remedy),
            };
        }
    }
}
