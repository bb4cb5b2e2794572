namespace AstroDL;

public static partial class torch
{
    /// <summary>No gradients are recorded inside (PyTorch's inference mode, as no_grad here); mode: false leaves grad mode as it is.</summary>
    public static IDisposable inference_mode(bool mode = true) => mode ? no_grad() : set_grad_enabled(is_grad_enabled());
}
