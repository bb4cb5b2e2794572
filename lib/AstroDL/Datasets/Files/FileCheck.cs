namespace AstroDL.Datasets;

/// <summary>The result of checking one data file: whether it is good and, in words, why.</summary>
public sealed record FileCheck(string Path, bool Ok, string Message)
{
    public override string ToString() => $"{(Ok ? "ok" : "BAD")}  {Path}: {Message}";
}
