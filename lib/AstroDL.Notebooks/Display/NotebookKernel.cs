using AstroDL.Notebooks.Capture;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// Helpers every cell sees, through a hidden <c>using static</c> submission (as the Polyglot kernel does
/// with its Kernel class), so notebooks call <c>display(x)</c> and <c>HTML(...)</c> the same way in VS Code and in the runner.
/// </summary>
public static class NotebookKernel
{
    /// <summary>
    /// Shows a value as a display_data output of the running cell, in the given MIME types or else those its
    /// type prefers; the handle's <c>Update</c> replaces it in place.
    /// </summary>
    public static DisplayHandle display(object? value, params string[] mimeTypes)
    {
        var capture = CellContext.Current
            ?? throw new InvalidOperationException("display() was called outside a running notebook cell.");
        var types = MimeBundle.MimeTypesFor(value, mimeTypes);
        return new DisplayHandle(capture, capture.Add(DisplayOutput(value, types)), value, types);
    }

    /// <summary>Markup shown as HTML, as the kernel's <c>HTML(...)</c>.</summary>
    public static HtmlContent HTML(string content) => new(content);

    internal static DataOutput DisplayOutput(object? value, IReadOnlyList<string> mimeTypes) =>
        new(DataOutputKind.DisplayData, MimeBundle.Format(value, mimeTypes), []);
}
