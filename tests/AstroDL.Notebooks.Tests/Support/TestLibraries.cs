using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AstroDL.Notebooks.Tests.Support;

/// <summary>Libraries that notebooks under test load with <c>#r</c>.</summary>
public static class TestLibraries
{
    /// <summary>The course library, built beside the tests (its dependencies lie next to it).</summary>
    public static string AstroDL => Path.Combine(AppContext.BaseDirectory, "AstroDL.dll");

    /// <summary>Compiles C# source to a dll with a unique assembly name (an assembly name loads once per process).</summary>
    public static string Build(string folder, string namePrefix, string code)
    {
        var assemblyName = namePrefix + Guid.NewGuid().ToString("N")[..8];
        var dllPath = Path.Combine(folder, assemblyName + ".dll");
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
        return dllPath;
    }
}
