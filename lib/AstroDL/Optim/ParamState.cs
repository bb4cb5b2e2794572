using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// What an optimizer remembers about one parameter: the number of steps taken and named tensors
/// (PyTorch's names, e.g. "exp_avg"), so state_dict() keys match PyTorch's. The tensors live outside
/// every dispose scope: a <c>torch.NewDisposeScope()</c> around a training step must not free them.
/// </summary>
public sealed class ParamState
{
    private readonly Dictionary<string, Tensor> tensors = [];

    public long step { get; internal set; }

    public IReadOnlyDictionary<string, Tensor> Tensors => tensors;

    public Tensor? Get(string name) => tensors.GetValueOrDefault(name);

    /// <summary>Stores a tensor the optimizer owns from now on (taken out of any dispose scope).</summary>
    public Tensor Set(string name, Tensor value)
    {
        tensors[name] = value.DetachFromDisposeScope();
        return value;
    }

    /// <summary>The named tensor, created filled with <paramref name="value"/> in the shape, dtype and device of the parameter on first use.</summary>
    public Tensor GetOrCreate(string name, Tensor parameter, double value = 0) =>
        Get(name) ?? Set(name, full_like(parameter, value));

    /// <summary>A private copy on the parameter's device and dtype (what load_state_dict keeps, as PyTorch deep-copies).</summary>
    internal ParamState CopyFor(Parameter parameter)
    {
        var copy = new ParamState { step = step };
        foreach (var (name, t) in tensors)
        {
            var moved = t.to(parameter.device).to_type(parameter.dtype);
            copy.Set(name, ReferenceEquals(moved, t) ? t.clone() : moved);
        }
        return copy;
    }

    internal void Dispose()
    {
        foreach (var t in tensors.Values) t.Dispose();
        tensors.Clear();
    }
}
