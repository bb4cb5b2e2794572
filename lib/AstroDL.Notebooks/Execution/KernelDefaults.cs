namespace AstroDL.Notebooks.Execution;

/// <summary>What the Polyglot C# kernel gives every submission without a using directive.</summary>
public static class KernelDefaults
{
    /// <summary>The kernel's default imports, in its order.</summary>
    public static readonly IReadOnlyList<string> Imports =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
    ];
}
