using AstroDL.Notebooks.Capture;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// Lets libraries loaded by a notebook show live outputs (the course library's training progress) without
/// referencing the runner: a display function stored as AppContext data under a well-known name, holding only
/// framework types. It shows a value in the running cell and returns the action that replaces it, or null when
/// no cell is running.
/// </summary>
internal static class LibraryDisplayHost
{
    /// <summary>The name the course library looks up (AstroDL.Display.NotebookDisplay.HostDataName).</summary>
    public const string DataName = "AstroDL.Display.Host";

    public static void Install() => AppContext.SetData(DataName, (Func<object?, Action<object?>?>)Show);

    private static Action<object?>? Show(object? value) =>
        CellContext.Current is null ? null : NotebookKernel.display(value).Update;
}
