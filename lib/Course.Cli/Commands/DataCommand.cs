using AstroDL.Datasets;
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
                return Each(names.Count == 0 ? DataSetRegistry.All : Select(names), Verify, output);
            case "fetch":
                if (names.Count == 0) throw new UsageException("course data fetch NAME... (or --all); see 'course data list' for the names");
                if (!names.SequenceEqual(["--all"])) return Each(Select(names), Fetch, output);
                // --all is the notebooks' data; an optional set (Galaxy10 DECaLS is 2.54 GB) is fetched only by name.
                var optional = DataSetRegistry.All.Where(d => d.CanFetch && d.IsOptional).Select(d => d.Name).ToList();
                if (optional.Count > 0)
                    output.WriteLine($"     not fetched by --all (optional, large): {string.Join(", ", optional)}; fetch one by name: course data fetch {optional[0]}");
                return Each(FetchedByAll(), Fetch, output);
            default:
                throw new UsageException($"unknown data action '{action}'; use list, verify or fetch");
        }
    }

    /// <summary>What <c>course data fetch --all</c> downloads: every data set that can be fetched, except the optional ones.</summary>
    public static IReadOnlyList<DataSetInfo> FetchedByAll() => DataSetRegistry.All.Where(d => d.CanFetch && !d.IsOptional).ToList();

    private static void List(TextWriter output)
    {
        var dataSets = DataSetRegistry.All;
        var width = dataSets.Max(d => d.Name.Length) + 2;
        var indent = new string(' ', width);
        foreach (var dataSet in dataSets)
        {
            var where = dataSet.Locate();
            output.WriteLine($"{dataSet.Name.PadRight(width)}{where.Status,-11} {where.Source ?? where.Folder ?? "-"}");
            output.WriteLine($"{indent}{dataSet.Description} ({dataSet.Licence})");
            if (where.Status == DataSetStatus.Found) continue;
            output.WriteLine($"{indent}-> to get the full set:");
            foreach (var way in dataSet.HowToGet.Split('\n')) output.WriteLine($"{indent}{way.TrimEnd()}");
        }
    }

    private static IReadOnlyList<DataSetInfo> Select(IEnumerable<string> names)
    {
        try
        {
            return names.Select(DataSetRegistry.Get).ToList();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static (bool Ok, string Message) Verify(DataSetInfo dataSet, TextWriter output)
    {
        var checks = dataSet.Verify();
        foreach (var check in checks) output.WriteLine($"     {check}");
        var bad = checks.Count(c => !c.Ok);
        return (bad == 0, bad == 0 ? $"{checks.Count} file(s) good" : $"{bad} of {checks.Count} file(s) bad");
    }

    private static (bool Ok, string Message) Fetch(DataSetInfo dataSet, TextWriter output)
    {
        try
        {
            output.WriteLine($"     fetching {dataSet.Name} (each file's SHA-256 is checked before it is kept) ...");
            return (true, $"in {dataSet.Fetch(new DownloadReport(output))}");
        }
        catch (Exception e) when (e is NotSupportedException or IOException or HttpRequestException)
        {
            return (false, e.Message);
        }
    }

    private static int Each(IReadOnlyList<DataSetInfo> dataSets, Func<DataSetInfo, TextWriter, (bool Ok, string Message)> check, TextWriter output)
    {
        var failed = 0;
        foreach (var dataSet in dataSets)
        {
            var (ok, message) = check(dataSet, output);
            output.WriteLine($"{(ok ? "ok  " : "FAIL")} {dataSet.Name}: {message}");
            if (!ok) failed++;
        }

        output.WriteLine($"{dataSets.Count - failed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Passed : ExitCodes.CellFailed;
    }
}
