using System.Globalization;
using System.Text;
using AstroDL.Notebooks.Model;

namespace AstroDL.Notebooks.Capture;

/// <summary>
/// The outputs of one cell, in order. Thread-safe: cells may write from tasks they start. While the cell
/// runs, outputs collect here; <see cref="Complete"/> moves them to the cell, after which only display
/// updates (from later cells) still apply. <see cref="Abandon"/> stops all changes, so a hung cell cannot
/// change a notebook that is being written. Printed text beyond <paramref name="maxText"/> characters is dropped and
/// counted; <see cref="Complete"/> then adds a notice on stderr.
/// </summary>
internal sealed class OutputCapture(List<CellOutput> cellOutputs, int maxText = int.MaxValue)
{
    private readonly object gate = new();
    private readonly List<object> entries = []; // StreamEntry or CellOutput
    private int offset = -1; // where the entries start in cellOutputs once completed
    private bool abandoned;
    private long textKept, textDropped;

    public void WriteStream(string name, string text)
    {
        lock (gate)
        {
            if (offset >= 0 || abandoned || text.Length == 0)
            {
                return;
            }

            var room = (int)Math.Min(text.Length, Math.Max(0, maxText - textKept));
            textDropped += text.Length - room;
            textKept += room;
            if (room == 0)
            {
                return;
            }

            text = text[..room];

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
            if (offset >= 0 || abandoned)
            {
                return -1;
            }

            entries.Add(output);
            return entries.Count - 1;
        }
    }

    /// <summary>Replaces an output in place (display handle updates), also after the cell finished.</summary>
    public void Replace(int position, CellOutput output)
    {
        lock (gate)
        {
            if (abandoned || position < 0)
            {
                return;
            }

            if (offset >= 0)
            {
                cellOutputs[offset + position] = output;
            }
            else
            {
                entries[position] = output;
            }
        }
    }

    /// <summary>Moves the outputs so far to the cell.</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (offset >= 0 || abandoned)
            {
                return;
            }

            offset = cellOutputs.Count;
            cellOutputs.AddRange(entries.Select(e => e is StreamEntry s ? new StreamOutput(s.Name, s.Text.ToString()) : (CellOutput)e));
            if (textDropped > 0)
            {
                cellOutputs.Add(new StreamOutput("stderr", string.Create(CultureInfo.InvariantCulture,
                    $"[output capped: this cell printed {textKept + textDropped:N0} characters; the first {textKept:N0} are kept and " +
                    $"{textDropped:N0} were dropped. Print less, or write large results to a file.]\n")));
            }
        }
    }

    /// <summary>Ignores every later write and update.</summary>
    public void Abandon()
    {
        lock (gate)
        {
            abandoned = true;
        }
    }

    private sealed record StreamEntry(string Name, StringBuilder Text);
}
