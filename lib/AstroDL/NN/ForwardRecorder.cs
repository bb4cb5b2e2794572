using System.Runtime.CompilerServices;

namespace AstroDL.Modules;

/// <summary>
/// While a model summary runs the model, the output of every module called through <c>call()</c> (as containers
/// call their children), so the summary can show each layer's output shape. Per thread, so nothing else is affected.
/// </summary>
internal sealed class ForwardRecorder : IDisposable
{
    [ThreadStatic]
    private static ForwardRecorder? current;

    private readonly ForwardRecorder? outer;
    private readonly Dictionary<torch.nn.Module, object?> outputs = new(ReferenceEqualityComparer.Instance);

    public ForwardRecorder()
    {
        outer = current;
        current = this;
    }

    public static ForwardRecorder? Current => current;

    /// <summary>The last output of each recorded module.</summary>
    public IReadOnlyDictionary<torch.nn.Module, object?> Outputs => outputs;

    public void Record(torch.nn.Module module, object? output) => outputs[module] = output;

    public void Dispose() => current = outer;

    /// <summary>A tensor's shape as [a, b]; tuples of tensors (recurrent layers) as (…, …); anything else "--".</summary>
    public static string ShapeOf(object? output) => output switch
    {
        torch.Tensor t => "[" + string.Join(", ", t.shape) + "]",
        ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => ShapeOf(tuple[i]))) + ")",
        _ => "--",
    };
}
