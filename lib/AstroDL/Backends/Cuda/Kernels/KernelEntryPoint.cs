using System.Text;
using System.Text.RegularExpressions;

namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// The <c>extern "C"</c> kernels generated for one device template. <paramref name="Parameters"/> is the
/// kernel's parameter list written with type placeholders (single capital letters such as T, or S and D);
/// each instantiation binds them in order. For template <c>unary</c>, parameters
/// <c>"Strided s, const T* x, T* y"</c> and instantiation [float32] this emits
/// <c>extern "C" __global__ void unary_f32(Strided s, const float* x, float* y) { unary&lt;float&gt;(s, x, y); }</c>.
/// Names never need C++ mangling this way, and the C# side builds the same names with <see cref="KernelTypes.KernelName"/>.
/// </summary>
internal sealed partial record KernelEntryPoint(string Template, string Parameters, string[] Placeholders, ScalarType[][] Instantiations)
{
    /// <summary>An entry point with the single placeholder T.</summary>
    public static KernelEntryPoint ForEach(string template, string parameters, params ScalarType[] types) =>
        new(template, parameters, ["T"], types.Select(t => new[] { t }).ToArray());

    public IEnumerable<string> KernelNames => Instantiations.Select(types => KernelTypes.KernelName(Template, types));

    public string Emit()
    {
        var arguments = string.Join(", ", ArgumentNames(Parameters));
        var text = new StringBuilder();
        foreach (var types in Instantiations)
        {
            if (types.Length != Placeholders.Length)
                throw new ArgumentException($"{Template}: {Placeholders.Length} type placeholders but {types.Length} types given.");
            var parameters = Parameters;
            for (int i = 0; i < types.Length; i++)
                parameters = Regex.Replace(parameters, $@"\b{Placeholders[i]}\b", KernelTypes.CName(types[i]));
            var templateArguments = string.Join(", ", types.Select(KernelTypes.CName));
            text.Append($"extern \"C\" __global__ void {KernelTypes.KernelName(Template, types)}({parameters}) ");
            text.Append($"{{ {Template}<{templateArguments}>({arguments}); }}\n");
        }
        return text.ToString();
    }

    /// <summary>The names of a C parameter list: the last identifier of each comma-separated declaration.</summary>
    public static IReadOnlyList<string> ArgumentNames(string parameters) =>
        parameters.Split(',').Select(p => LastIdentifier().Match(p.Trim()) is { Success: true } m
            ? m.Groups[1].Value
            : throw new ArgumentException($"Cannot find the parameter name in '{p.Trim()}'.")).ToArray();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z_0-9]*)\s*$")]
    private static partial Regex LastIdentifier();
}
