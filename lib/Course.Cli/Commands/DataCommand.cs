using AstroDL.Data;
using Course.Cli.Running;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course data [list]</c>, <c>course data verify [NAME...]</c>, <c>course data fetch NAME... | --all</c>: the data
/// sets of <see cref="DataSetRegistry"/>, their status and location, checksum checks and downloads.
/// </summary>
public static class DataCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var action = args.Count == 0 ? "list" : args[0];
        var names = args.Skip(1).ToList();
        switch (action)
        {
            case "list":
                List(output);
                return ExitCodes.Passed;
            case "verify":
                return Each(names.Count == 0 ? DataSetRegistry.All : Select(names), d => d.Verify(), output);
            case "fetch":
                if (names.Count == 0) throw new UsageException("course data fetch NAME... (or --all); see 'course data list' for the names");
                return Each(names.SequenceEqual(["--all"]) ? DataSetRegistry.All : Select(names), d => d.Fetch(), output);
            default:
                throw new UsageException($"unknown data action '{action}'; use list, verify or fetch");
        }
    }

    private static void List(TextWriter output)
    {
        var dataSets = DataSetRegistry.All;
        if (dataSets.Count == 0)
        {
            output.WriteLine("no data sets are registered in this build");
            return;
        }

        var width = dataSets.Max(d => d.Name.Length) + 2;
        foreach (var dataSet in dataSets)
        {
            output.WriteLine($"{dataSet.Name.PadRight(width)}{dataSet.Status,-11} {dataSet.Location ?? "-"}");
            output.WriteLine($"{new string(' ', width)}{dataSet.Description}");
            if (dataSet.Status != DataSetStatus.Found) output.WriteLine($"{new string(' ', width)}-> {dataSet.Remedy}");
        }
    }

    private static IReadOnlyList<IDataSetInfo> Select(IEnumerable<string> names) =>
        names.Select(name => DataSetRegistry.Find(name) ?? throw new UsageException(
            $"no data set named '{name}'; known: {string.Join(", ", DataSetRegistry.All.Select(d => d.Name))}")).ToList();

    private static int Each(IReadOnlyList<IDataSetInfo> dataSets, Func<IDataSetInfo, DataSetCheck> check, TextWriter output)
    {
        var failed = 0;
        foreach (var dataSet in dataSets)
        {
            var result = check(dataSet);
            output.WriteLine($"{(result.Ok ? "ok  " : "FAIL")} {dataSet.Name}: {result.Message}");
            if (!result.Ok) failed++;
        }

        output.WriteLine($"{dataSets.Count - failed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Passed : ExitCodes.CellFailed;
    }
}
