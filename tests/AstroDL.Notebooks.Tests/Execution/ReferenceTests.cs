using AstroDL.Notebooks.Execution;
using AstroDL.Notebooks.Model;
using AstroDL.Notebooks.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AstroDL.Notebooks.Tests.Execution;

public class ReferenceTests
{
    [Fact]
    public async Task Relative_r_directive_loads_a_dll_from_the_notebook_folder()
    {
        using var folder = new TempFolder();
        var libs = Directory.CreateDirectory(Path.Combine(folder.Path, "libs")).FullName;
        var assemblyName = "Greeter" + Guid.NewGuid().ToString("N")[..8];
        BuildLibrary(Path.Combine(libs, assemblyName + ".dll"), assemblyName,
            "namespace Stars; public static class Greeter { public static string Hello(string name) => $\"hello {name}\"; }");
        var path = folder.WriteNotebook("ref.ipynb",
            NotebookCell.Code($"#r \"libs/{assemblyName}.dll\"\nusing Stars;"),
            NotebookCell.Code("Greeter.Hello(\"M51\")"));

        var result = await NotebookRunner.RunFileAsync(path, new NotebookRunOptions());

        Cells.AssertPassed(result);
        Assert.Equal("hello M51", Cells.PlainText(Assert.Single(result.Notebook.Cells[1].Outputs)));
    }

    private static void BuildLibrary(string dllPath, string assemblyName, string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(dllPath);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
