using AstroDL.Backends;
using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// A parameter and its gradient in the form the fused optimizer kernels take: contiguous and of the parameter's
/// dtype. Usually they already are and nothing is copied; a strided parameter is updated in a contiguous copy that
/// <see cref="Finish"/> writes back. State tensors are made contiguous like their parameter (full_like, clone).
/// </summary>
internal readonly struct FusedOperands
{
    private readonly Parameter param;
    private readonly Tensor grad;

    public FusedOperands(Parameter param, Tensor grad)
    {
        if (!grad.dims.AsSpan().SequenceEqual(param.dims))
            throw new ArgumentException($"optimizer step: the gradient {grad.ShapeText} does not have its parameter's shape {param.ShapeText}.");
        this.param = param;
        Param = param.is_contiguous() ? param : param.detach().contiguous();
        this.grad = grad;
        Grad = grad.is_contiguous() && grad.dtype == param.dtype ? grad : grad.to_type(param.dtype).contiguous();
    }

    public Tensor Param { get; }

    public Tensor Grad { get; }

    /// <summary>The view of a state tensor, checked to fit the kernel.</summary>
    public View State(Tensor state)
    {
        if (!state.is_contiguous() || !state.dims.AsSpan().SequenceEqual(param.dims) || state.dtype != param.dtype)
            throw new InvalidOperationException(
                $"Optimizer state {state.ShapeText} {state.dtype.Name()} does not match its parameter {param.ShapeText} {param.dtype.Name()}.");
        return state.View;
    }

    /// <summary>Writes a copied parameter back, frees the copies, and counts the in-place change (autograd's version check).</summary>
    public void Finish()
    {
        if (!ReferenceEquals(Param, param))
        {
            param.copy_(Param);
            Param.Dispose();
        }
        else
        {
            param.MarkModified("optimizer step");
        }
        if (!ReferenceEquals(Grad, grad)) Grad.Dispose();
    }
}
