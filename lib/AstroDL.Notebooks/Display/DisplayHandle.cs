using AstroDL.Notebooks.Capture;

namespace AstroDL.Notebooks.Display;

/// <summary>
/// What <c>display(x)</c> returns: <c>Update(y)</c> replaces that output in place, formatted in the same MIME
/// types, like the Polyglot kernel's DisplayedValue. Notebooks should hold it with <c>var</c> and never name the type.
/// </summary>
public sealed class DisplayHandle
{
    private readonly OutputCapture capture;
    private readonly int position;
    private readonly IReadOnlyList<string> mimeTypes;

    internal DisplayHandle(OutputCapture capture, int position, object? value, IReadOnlyList<string> mimeTypes)
    {
        this.capture = capture;
        this.position = position;
        this.mimeTypes = mimeTypes;
        Value = value;
    }

    /// <summary>The value shown now.</summary>
    public object? Value { get; private set; }

    /// <summary>Shows <paramref name="value"/> in place of the current one.</summary>
    public void Update(object? value)
    {
        Value = value;
        capture.Replace(position, NotebookKernel.DisplayOutput(value, mimeTypes));
    }
}
