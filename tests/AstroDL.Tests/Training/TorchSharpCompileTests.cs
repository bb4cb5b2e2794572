using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AstroDL.Tests.Training;

/// <summary>
/// tests/TorchSharpCompile compiles every program under samples/ against the real TorchSharp package (using lines
/// rewritten by its build). These checks make sure that build really holds the same programs and really used TorchSharp.
/// </summary>
public class TorchSharpCompileTests
{
    private static string TorchSharpSideAssembly()
    {
        // The test runs from tests/AstroDL.Tests/bin/CONFIG/TFM/; the TorchSharp side is built to the same CONFIG/TFM.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        var tests = here.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "TorchSharpCompile", "bin", configuration, framework, "TorchSharpCompile.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build Course.sln (it builds tests/TorchSharpCompile)");
        return path;
    }

    private static (HashSet<string> Types, HashSet<string> References) ReadMetadata(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var types = reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .ToHashSet();
        var references = reader.AssemblyReferences.Select(r => reader.GetString(reader.GetAssemblyReference(r).Name)).ToHashSet();
        return (types, references);
    }

    [Fact]
    public void TheTorchSharpBuildHoldsEverySampleAndReferencesOnlyTorchSharp()
    {
        var kitSide = ReadMetadata(typeof(AstroDL.Examples.MnistTraining).Assembly.Location);
        var torchSharpSide = ReadMetadata(TorchSharpSideAssembly());

        Assert.Contains("AstroDL", kitSide.References);
        Assert.Contains("TorchSharp", torchSharpSide.References);
        Assert.DoesNotContain("AstroDL", torchSharpSide.References);
        Assert.NotEmpty(kitSide.Types);
        Assert.Equal(kitSide.Types.Order(), torchSharpSide.Types.Order());
    }
}
