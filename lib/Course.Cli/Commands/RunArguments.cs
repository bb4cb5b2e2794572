using System.Globalization;

namespace Course.Cli.Commands;

/// <summary>
/// Arguments shared by <c>run</c>, <c>test</c> and the hidden <c>exec</c>:
/// <c>[notebooks...] [--out DIR] [--inplace] [--param k=v]... [--fast | --full] [--cell-timeout S] [--timeout S] [--result FILE]</c>.
/// </summary>
public sealed record RunArguments
{
    public List<string> Notebooks { get; } = [];

    public string? OutDirectory { get; private set; }

    public bool InPlace { get; private set; }

    public List<KeyValuePair<string, string>> Parameters { get; } = [];

    /// <summary>--fast: set the notebooks' <c>fast</c> parameter to true.</summary>
    public bool Fast { get; private set; }

    /// <summary>--full: the full setting even where fast is the default (all lecture notebooks, <c>course test</c>).</summary>
    public bool Full { get; private set; }

    public double CellTimeoutSeconds { get; private set; } = 600;

    public double NotebookTimeoutSeconds { get; private set; } = 1800;

    /// <summary>Where <c>exec</c> writes its report for the parent.</summary>
    public string? ResultFile { get; private set; }

    /// <summary>The process id of the <c>course run</c> that started this <c>exec</c>; it ends when that process does.</summary>
    public int? ParentProcess { get; private set; }

    public static RunArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new RunArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--out":
                    parsed.OutDirectory = Value(args, ref i);
                    break;
                case "--inplace":
                    parsed.InPlace = true;
                    break;
                case "--param":
                    var pair = Value(args, ref i);
                    var eq = pair.IndexOf('=');
                    if (eq <= 0)
                    {
                        throw new UsageException($"--param {pair}: expected name=value, e.g. --param epochs=2");
                    }

                    parsed.Parameters.Add(new(pair[..eq], pair[(eq + 1)..]));
                    break;
                case "--fast":
                    parsed.Fast = true;
                    break;
                case "--full":
                    parsed.Full = true;
                    break;
                case "--cell-timeout":
                    parsed.CellTimeoutSeconds = Seconds(arg, Value(args, ref i));
                    break;
                case "--timeout":
                    parsed.NotebookTimeoutSeconds = Seconds(arg, Value(args, ref i));
                    break;
                case "--result":
                    parsed.ResultFile = Value(args, ref i);
                    break;
                case "--parent":
                    parsed.ParentProcess = int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                        ? pid
                        : throw new UsageException("--parent takes a process id");
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option {arg}; see 'course help'");
                    }

                    parsed.Notebooks.Add(arg);
                    break;
            }
        }

        if (parsed.InPlace && parsed.OutDirectory is not null)
        {
            throw new UsageException("--inplace and --out exclude each other; pick one");
        }

        if (parsed.Fast && parsed.Full)
        {
            throw new UsageException("--fast and --full exclude each other; pick one");
        }

        return parsed;
    }

    /// <summary>The options again, as the child process is given them (one notebook each), with the setting decided.</summary>
    public List<string> ChildOptions(bool fast)
    {
        var options = new List<string>();
        if (OutDirectory is not null)
        {
            options.AddRange(["--out", OutDirectory]);
        }

        if (InPlace)
        {
            options.Add("--inplace");
        }

        foreach (var (name, value) in Parameters)
        {
            options.AddRange(["--param", $"{name}={value}"]);
        }

        if (fast)
        {
            options.Add("--fast");
        }

        options.AddRange(["--cell-timeout", CellTimeoutSeconds.ToString(CultureInfo.InvariantCulture)]);
        options.AddRange(["--timeout", NotebookTimeoutSeconds.ToString(CultureInfo.InvariantCulture)]);
        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new UsageException($"{args[i - 1]} needs a value");

    private static double Seconds(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : throw new UsageException($"{option} {text}: expected a positive number of seconds");
}
