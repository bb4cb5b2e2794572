using AstroDL.Notebooks.Serialization;
using Course.Cli.Commands;
using Course.Cli.Running;

try
{
    var command = args.FirstOrDefault();
    var rest = args.Skip(1).ToList();
    // `course help run` and `course run --help` both print run's usage.
    var helpCommand = command is "help" or "--help" or "-h";
    if (helpCommand || (command is not null && Usage.Describes(command) && Usage.AsksForHelp(rest)))
    {
        Console.WriteLine(Usage.For(helpCommand ? rest.FirstOrDefault() : command));
        return ExitCodes.Passed;
    }

    switch (command)
    {
        case "run":
            return await RunCommand.RunAsync(RunArguments.Parse(rest), Console.Out);
        case "test":
            return await TestCommand.RunAsync(RunArguments.Parse(rest), Console.Out);
        case "doctor":
            return DoctorCommand.Run(rest, Console.Out);
        case "data":
            return DataCommand.Run(rest, Console.Out);
        case "exec":
            // Exit at once: a timed-out cell may still be running on a background thread.
            Environment.Exit(await ExecCommand.RunAsync(RunArguments.Parse(rest)));
            return ExitCodes.RunnerFailure;
        case null:
            // No command is a usage error: the usage goes to stderr and the exit code says so.
            Console.Error.WriteLine(Usage.For(null));
            return ExitCodes.RunnerFailure;
        default:
            throw new UsageException($"unknown command '{command}'; see 'course help'");
    }
}
catch (Exception e) when (e is UsageException or NotebookFormatException or InvalidOperationException or ArgumentException)
{
    Console.Error.WriteLine($"course: {e.Message}");
    return ExitCodes.RunnerFailure;
}
