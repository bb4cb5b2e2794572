using System.Text;

namespace AstroDL.Notebooks.Capture;

/// <summary>
/// Console.Out/Error replacements that send text to the running cell, or to the original console
/// when no cell is running. Installed once per process because the console is process-wide.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly object installGate = new();
    private static bool installed;

    private readonly string stream;
    private readonly TextWriter fallback;

    private ConsoleRouter(string stream, TextWriter fallback)
    {
        this.stream = stream;
        this.fallback = fallback;
    }

    public override Encoding Encoding => fallback.Encoding;

    public static void EnsureInstalled()
    {
        lock (installGate)
        {
            if (installed)
            {
                return;
            }

            Console.SetOut(new ConsoleRouter("stdout", Console.Out));
            Console.SetError(new ConsoleRouter("stderr", Console.Error));
            installed = true;
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (CellContext.Current is { } capture)
        {
            capture.WriteStream(stream, value);
        }
        else
        {
            fallback.Write(value);
        }
    }

    public override void Flush() => fallback.Flush();
}
