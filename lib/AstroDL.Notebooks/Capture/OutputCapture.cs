using System.Text;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Capture;

/// <summary>
/// The outputs of one running cell, in order. Thread-safe: cells may write from tasks they start.
/// Once closed (cell finished or timed out) further writes are dropped, so a hung cell cannot change
/// a notebook that is being written.
/// </summary>
internal sealed class OutputCapture
{
    private readonly object gate = new();
    private readonly List<object> entries = []; // StreamEntry or CellOutput
    private bool closed;

    public void WriteStream(string name, string text)
    {
        lock (gate)
        {
            if (closed || text.Length == 0)
            {
                return;
            }

            // Consecutive writes to one stream become one output, as VS Code saves them.
            if (entries.Count > 0 && entries[^1] is StreamEntry last && last.Name == name)
            {
                last.Text.Append(text);
            }
            else
            {
                entries.Add(new StreamEntry(name, new StringBuilder(text)));
            }
        }
    }

    /// <summary>Adds an output and returns its position for <see cref="Replace"/>.</summary>
    public int Add(CellOutput output)
    {
        lock (gate)
        {
            if (closed)
            {
                return -1;
            }

            entries.Add(output);
            return entries.Count - 1;
        }
    }

    /// <summary>Replaces an output in place (display handle updates).</summary>
    public void Replace(int position, CellOutput output)
    {
        lock (gate)
        {
            if (!closed && position >= 0)
            {
                entries[position] = output;
            }
        }
    }

    /// <summary>Stops capturing and returns the outputs.</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (gate)
        {
            closed = true;
            return entries
                .Select(e => e is StreamEntry s ? new StreamOutput(s.Name, s.Text.ToString()) : (CellOutput)e)
                .ToList();
        }
    }

    private sealed record StreamEntry(string Name, StringBuilder Text);
}
