using System.Security.Cryptography;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;

namespace Course.Cli.Running;

/// <summary>
/// Writes the executed notebook (after every cell, so a run that ends early keeps what it did). In place, it never
/// overwrites a notebook that changed on disk since the run began or last wrote it (an edit saved in the editor,
/// another run): the outputs go to NAME.conflict.ipynb beside it and <see cref="Conflict"/> says so.
/// </summary>
internal sealed class WriteBack(string? destination, bool inPlace)
{
    private byte[]? expected = inPlace && destination is not null ? Hash(destination) : null;
    private string? target = destination;

    public string? Conflict { get; private set; }

    public void Save(Notebook notebook)
    {
        if (target is null) return;
        if (Conflict is null && expected is not null && !Hash(target).AsSpan().SequenceEqual(expected))
        {
            var aside = Path.ChangeExtension(target, ".conflict.ipynb");
            Conflict = $"{target} changed on disk while it ran (saved in an editor, or another run), so it was not overwritten; " +
                       $"the executed notebook is in {aside}.";
            target = aside;
            expected = null;
        }

        NotebookWriter.Write(notebook, target);
        if (expected is not null) expected = Hash(target);
    }

    private static byte[] Hash(string path) => File.Exists(path) ? SHA256.HashData(File.ReadAllBytes(path)) : [];
}
