using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Serialization;
using AstroDL.Notebooks.Tests.Support;

namespace AstroDL.Notebooks.Tests.Lectures;

/// <summary>
/// A copy of a lecture notebook with the fast setting injected after its parameters cell by the kit's own
/// injection, for a kernel that takes no parameters. It lies in artifacts/, one folder below the repository root
/// as notebooks/ is, so the notebooks' <c>#r "../artifacts/notebook-lib/AstroDL.dll"</c> still resolves, and outside
/// notebooks/, so no lecture list sees it. Deleted when disposed.
/// </summary>
public sealed class KernelCopy : IDisposable
{
    public KernelCopy(string notebook)
    {
        var source = LectureNotebooks.PathOf(notebook);
        var copy = NotebookReader.Read(source);
        ParameterInjection.Inject(copy, source, [], fast: true);
        var name = $"{System.IO.Path.GetFileNameWithoutExtension(notebook)}.kernel-check-{Guid.NewGuid().ToString("N")[..8]}.ipynb";
        Path = System.IO.Path.Combine(Repository.Root!, "artifacts", name);
        NotebookWriter.Write(copy, Path);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
