namespace Course.Cli.Running;

/// <summary>Process exit codes of <c>course run</c>; with several notebooks the most severe wins.</summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int CellFailed = 1;
    public const int TimedOut = 2;
    public const int RunnerFailure = 3;
}
