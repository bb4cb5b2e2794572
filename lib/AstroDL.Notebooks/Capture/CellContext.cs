namespace AstroDL.Notebooks.Capture;

/// <summary>
/// The cell whose code is running on the current logical thread. An AsyncLocal (as in the Polyglot kernel)
/// so output from tasks a cell starts still lands in that cell, and notebooks run side by side stay apart.
/// </summary>
internal static class CellContext
{
    private static readonly AsyncLocal<OutputCapture?> current = new();

    public static OutputCapture? Current
    {
        get => current.Value;
        set => current.Value = value;
    }
}
