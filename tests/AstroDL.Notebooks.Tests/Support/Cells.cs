using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Tests.Support;

/// <summary>Short helpers to read outputs in assertions.</summary>
public static class Cells
{
    /// <summary>Asserts a passed run, showing the failure report otherwise.</summary>
    public static void AssertPassed(NotebookRunResult result) =>
        Assert.True(result.Status == RunStatus.Passed, $"{result.Status}: {result.Failure}");

    public static string PlainText(CellOutput output)
    {
        Assert.False(output is ErrorOutput, (output as ErrorOutput)?.EValue);
        return Assert.IsType<DataOutput>(output).Data["text/plain"];
    }

    public static string StreamText(NotebookCell cell, string name = "stdout") =>
        string.Concat(cell.Outputs.OfType<StreamOutput>().Where(s => s.Name == name).Select(s => s.Text));
}
