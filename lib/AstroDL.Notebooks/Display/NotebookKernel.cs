using AstroDL.Notebooks.Capture;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// Helpers every cell sees, through a hidden <c>using static</c> submission (as the Polyglot kernel does
/// with its Kernel class), so notebooks call <c>display(x)</c> the same way in VS Code and in the runner.
/// </summary>
public static class NotebookKernel
{
    /// <summary>Shows a value as a display_data output of the running cell.</summary>
    public static DisplayHandle display(object? value)
    {
        var capture = CellContext.Current
            ?? throw new InvalidOperationException("display() was called outside a running notebook cell.");
        return new DisplayHandle(capture, capture.Add(DisplayOutput(value)), value);
    }

    internal static DataOutput DisplayOutput(object? value) =>
        DataOutput.PlainText(DataOutputKind.DisplayData, PlainText.Format(value));
}
