using AstroDL.Notebooks.Serialization;
using Course.Cli.Commands;
using Course.Cli.Running;

const string Usage = """
    course run [NOTEBOOK...] [--out DIR | --inplace] [--param name=value]... [--fast | --full] [--cell-timeout S] [--timeout S]
      Runs each notebook (.ipynb or .dib) in its own process, top to bottom; stops a notebook at its first failing cell.
      Without notebooks: every notebook in notebooks/, in lecture order, in the fast setting (--full for the full one).
      --out DIR         write executed notebooks to DIR      --inplace      write outputs into the notebooks
      --param k=v       override a variable of the cell tagged 'parameters' (typed as declared there)
      --fast            set the parameter 'fast' to true     --full         the full setting
      --cell-timeout S  per-cell limit (default 600)         --timeout S    per-notebook limit (default 1800)
      Exit code: 0 all passed, 1 a cell failed, 2 a time limit was hit, 3 the runner itself failed.
    course test [NOTEBOOK...] [--full] [run options]
      Runs every lecture notebook in the fast setting and prints a table: notebook, cells, time, result.
    course doctor
      Checks the .NET SDK, the library build, CPU features, CUDA and the data sets; says what to do about problems.
    course data [list] | verify [NAME...] | fetch NAME... | fetch --all
      Lists the data sets and where they were found; verifies their checksums; downloads them when online.
    """;

try
{
    var rest = args.Skip(1).ToList();
    switch (args.FirstOrDefault())
    {
        case "run":
            return await RunCommand.RunAsync(RunArguments.Parse(rest), Console.Out);
        case "test":
            return await TestCommand.RunAsync(RunArguments.Parse(rest), Console.Out);
        case "doctor":
            return DoctorCommand.Run(Console.Out);
        case "data":
            return DataCommand.Run(rest, Console.Out);
        case "exec":
            // Exit at once: a timed-out cell may still be running on a background thread.
            Environment.Exit(await ExecCommand.RunAsync(RunArguments.Parse(rest)));
            return ExitCodes.RunnerFailure;
        case null or "help" or "--help" or "-h":
            Console.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.RunnerFailure : ExitCodes.Passed;
        default:
            throw new UsageException($"unknown command '{args[0]}'; see 'course help'");
    }
}
catch (Exception e) when (e is UsageException or NotebookFormatException or InvalidOperationException or ArgumentException)
{
    Console.Error.WriteLine($"course: {e.Message}");
    return ExitCodes.RunnerFailure;
}
