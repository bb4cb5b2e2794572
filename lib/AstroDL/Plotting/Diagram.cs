namespace AstroDL.Plotting;

/// <summary>
/// A computational graph drawn left to right: value boxes (one or more lines of text), operation circles and arrows.
/// A value made by an operation gets its circle just before it, and edges into that value enter the circle, as in
/// the lectures' drawings:
/// <c>new Diagram("f = (x + y) z").Node(x, "x = -2").Node(q, "q = 3").Operation(q, "+").Edge(x, q)</c>.
/// Nodes are identified by any object (the values themselves, or names).
/// </summary>
public sealed class Diagram(string? title = null) : Chart
{
    private const double ColumnGap = 46, RowGap = 18, LineHeight = 15, CharWidth = 6.6, Padding = 8, OperationRadius = 13;
    private const double TitleHeight = 26, Margin = 10;

    private readonly List<Vertex> vertices = [];
    private readonly Dictionary<object, Vertex> values = [];
    private readonly Dictionary<object, Vertex> operations = [];
    private readonly List<(Vertex From, Vertex To)> edges = [];

    /// <summary>A value box; <paramref name="label"/> lines are separated by '|' or given as several strings.</summary>
    public Diagram Node(object key, params string[] label)
    {
        var lines = label.SelectMany(l => l.Split('|')).Select(l => l.Trim()).ToArray();
        if (values.TryGetValue(key, out var existing)) existing.Lines = lines;
        else values[key] = Add(new Vertex(lines, isOperation: false));
        return this;
    }

    /// <summary>The operation that made the value <paramref name="key"/>, drawn as a circle feeding its box.</summary>
    public Diagram Operation(object key, string symbol)
    {
        var value = values.TryGetValue(key, out var v) ? v : throw new ArgumentException(
            $"Diagram.Operation: add the value with Node(...) before its operation '{symbol}'.", nameof(key));
        var operation = Add(new Vertex([symbol], isOperation: true));
        operations[key] = operation;
        edges.Add((operation, value));
        return this;
    }

    /// <summary>An arrow from one value to another (into the target's operation circle when it has one).</summary>
    public Diagram Edge(object from, object to)
    {
        var source = values.TryGetValue(from, out var s) ? s : throw Missing(from);
        var target = operations.TryGetValue(to, out var op) ? op : values.TryGetValue(to, out var t) ? t : throw Missing(to);
        edges.Add((source, target));
        return this;
    }

    public override double Width => Layout().Width;

    public override double Height => Layout().Height;

    public override string ToString() =>
        $"Diagram{(title is null ? "" : $" '{title}'")}: {values.Count} values, {operations.Count} operations, {edges.Count} edges";

    internal override void Render(SvgWriter svg)
    {
        var layout = Layout();
        if (title is not null) svg.Text(layout.Width / 2, Margin + 12, title, anchor: "middle", size: 13, bold: true);
        // A value used twice by one operation (b = a + a) gets two arrows, spread apart so both show.
        var drawn = new Dictionary<(Vertex, Vertex), int>();
        foreach (var (from, to) in edges)
        {
            var copies = edges.Count(e => e.From == from && e.To == to);
            var index = drawn[(from, to)] = drawn.GetValueOrDefault((from, to)) + 1;
            var spread = (index - (copies + 1) / 2.0) * 9;
            var (x1, y1) = (from.X + from.Width, from.Y + from.Height / 2 + spread);
            var (x2, y2) = (to.X, to.Y + to.Height / 2 + spread);
            var bend = (x2 - x1) / 2;
            svg.Path($"M{SvgWriter.Number(x1)},{SvgWriter.Number(y1)} C{SvgWriter.Number(x1 + bend)},{SvgWriter.Number(y1)} " +
                $"{SvgWriter.Number(x2 - bend)},{SvgWriter.Number(y2)} {SvgWriter.Number(x2)},{SvgWriter.Number(y2)}", "#555", 1.2);
            svg.Line(x2 - 6, y2 - 4, x2, y2, "#555", 1.2);
            svg.Line(x2 - 6, y2 + 4, x2, y2, "#555", 1.2);
        }

        foreach (var vertex in vertices)
        {
            if (vertex.IsOperation)
            {
                svg.Circle(vertex.X + OperationRadius, vertex.Y + OperationRadius, OperationRadius, "#fde9c8", "#b7791f");
                svg.Text(vertex.X + OperationRadius, vertex.Y + OperationRadius, vertex.Lines[0], anchor: "middle", bold: true, baseline: "central");
                continue;
            }

            svg.Rect(vertex.X, vertex.Y, vertex.Width, vertex.Height, "#e8f0fb", "#4a72b0");
            for (var i = 0; i < vertex.Lines.Length; i++)
            {
                svg.Text(vertex.X + Padding, vertex.Y + Padding + (i + 0.8) * LineHeight, vertex.Lines[i], bold: i == 0);
            }
        }
    }

    private Vertex Add(Vertex vertex)
    {
        vertices.Add(vertex);
        return vertex;
    }

    private static ArgumentException Missing(object key) =>
        new($"Diagram.Edge: no value '{key}' was added; call Node(...) for it first.", nameof(key));

    /// <summary>Columns by longest path from the inputs; rows in the order the vertices were added, centred per column.</summary>
    private (double Width, double Height) Layout()
    {
        var incoming = vertices.ToDictionary(v => v, _ => new List<Vertex>());
        foreach (var (from, to) in edges) incoming[to].Add(from);
        var column = new Dictionary<Vertex, int>();
        int ColumnOf(Vertex v, int depth)
        {
            if (column.TryGetValue(v, out var c)) return c;
            if (depth > vertices.Count) throw new InvalidOperationException("Diagram: the edges form a cycle; a computational graph has none.");
            return column[v] = incoming[v].Count == 0 ? 0 : incoming[v].Max(p => ColumnOf(p, depth + 1)) + 1;
        }

        foreach (var v in vertices) ColumnOf(v, 0);
        // An input used late (z in (x + y) z) sits just before its first use, so its arrow crosses nothing.
        foreach (var source in vertices.Where(v => incoming[v].Count == 0))
        {
            var uses = edges.Where(e => e.From == source).Select(e => column[e.To]).ToList();
            if (uses.Count > 0) column[source] = uses.Min() - 1;
        }

        var columns = vertices.GroupBy(v => column[v]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var columnHeights = columns.Select(c => c.Sum(v => v.Height) + RowGap * (c.Count - 1)).ToList();
        var height = columnHeights.DefaultIfEmpty(0).Max();
        var top = Margin + (title is null ? 0 : TitleHeight);
        var x = Margin;
        for (var c = 0; c < columns.Count; c++)
        {
            var y = top + (height - columnHeights[c]) / 2;
            foreach (var v in columns[c])
            {
                v.X = x;
                v.Y = y;
                y += v.Height + RowGap;
            }

            x += columns[c].Max(v => v.Width) + ColumnGap;
        }

        return (Math.Max(x - ColumnGap + Margin, 2 * Margin), top + height + Margin);
    }

    /// <summary>A box or circle; a class, not a record, because two vertices with the same text are still two vertices.</summary>
    private sealed class Vertex(string[] lines, bool isOperation)
    {
        public string[] Lines { get; set; } = lines;

        public bool IsOperation { get; } = isOperation;

        public double X { get; set; }

        public double Y { get; set; }

        public double Width => IsOperation ? 2 * OperationRadius : Lines.Max(l => l.Length) * CharWidth + 2 * Padding;

        public double Height => IsOperation ? 2 * OperationRadius : Lines.Length * LineHeight + 2 * Padding;
    }
}
