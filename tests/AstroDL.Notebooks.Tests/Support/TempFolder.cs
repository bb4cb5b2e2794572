using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Serialization;

namespace AstroDL.Notebooks.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "astrodl-nb-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a C# notebook made of the given cells and returns its path.</summary>
    public string WriteNotebook(string name, params NotebookCell[] cells)
    {
        var path = System.IO.Path.Combine(Path, name);
        NotebookWriter.Write(Notebook.CreateCSharp(cells), path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A timed-out cell may still hold a file; the temp folder is cleaned by the system later.
        }
    }
}
