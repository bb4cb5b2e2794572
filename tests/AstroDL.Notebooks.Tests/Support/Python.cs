namespace AstroDL.Notebooks.Tests.Support;

/// <summary>Finds a Python interpreter that has nbformat (Debian: apt-get install python3-nbformat).</summary>
public static class Python
{
    private static readonly Lazy<string?> interpreter = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Run(p, "import nbformat").ExitCode == 0));

    public static string? WithNbformat => interpreter.Value;

    public static (int ExitCode, string Output) Run(string python, string code, params string[] args)
    {
        try
        {
            return ChildProcess.Run(python, ["-c", code, .. args]);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}

/// <summary>A fact that is skipped, with the reason, where no Python with nbformat is installed.</summary>
public sealed class NbformatFactAttribute : FactAttribute
{
    public NbformatFactAttribute()
    {
        if (Python.WithNbformat is null)
        {
            Skip = "python3 with nbformat not found (apt-get install python3-nbformat)";
        }
    }
}
