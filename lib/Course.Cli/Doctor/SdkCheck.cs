using System.Diagnostics;

namespace Course.Cli.Doctor;

/// <summary>The .NET SDKs on PATH (the course needs .NET 10) and the runtime this program runs on.</summary>
internal static class SdkCheck
{
    public static Finding Run()
    {
        var runtime = Environment.Version.ToString();
        string sdks;
        try
        {
            using var dotnet = Process.Start(new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true, UseShellExecute = false })!;
            sdks = dotnet.StandardOutput.ReadToEnd();
            dotnet.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new Finding("SDK", Severity.Problem, $"no 'dotnet' on PATH (runtime {runtime})", "install the .NET 10 SDK and put dotnet on PATH");
        }

        var versions = sdks.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(' ')[0]).ToList();
        var newest = versions.Select(v => Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : null).OfType<Version>().DefaultIfEmpty().Max();
        return newest is { Major: >= 10 }
            ? new Finding("SDK", Severity.Ok, $".NET SDK {string.Join(", ", versions)}; runtime {runtime}")
            : new Finding("SDK", Severity.Problem, $".NET SDKs found: {(versions.Count == 0 ? "none" : string.Join(", ", versions))}", "install the .NET 10 SDK");
    }
}
